from typing import Literal

LabourPermitDocumentStage = Literal[1, 2]

LABOUR_PERMIT_DOCUMENT_STAGE_VALUES: set[LabourPermitDocumentStage] = { 1, 2,  }

def check_labour_permit_document_stage(value: int) -> LabourPermitDocumentStage:
    if value in LABOUR_PERMIT_DOCUMENT_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABOUR_PERMIT_DOCUMENT_STAGE_VALUES!r}")
