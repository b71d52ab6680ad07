from typing import Literal

ForeignLabourPermitStageType0 = Literal[1, 2]

FOREIGN_LABOUR_PERMIT_STAGE_TYPE_0_VALUES: set[ForeignLabourPermitStageType0] = { 1, 2,  }

def check_foreign_labour_permit_stage_type_0(value: int) -> ForeignLabourPermitStageType0:
    if value in FOREIGN_LABOUR_PERMIT_STAGE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOREIGN_LABOUR_PERMIT_STAGE_TYPE_0_VALUES!r}")
