from typing import Literal

ForeignLabourPermitVariantType0 = Literal['extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance']

FOREIGN_LABOUR_PERMIT_VARIANT_TYPE_0_VALUES: set[ForeignLabourPermitVariantType0] = { 'extension', 'ict_extension', 'ict_issuance', 'ict_re_issuance', 'issuance', 're_issuance',  }

def check_foreign_labour_permit_variant_type_0(value: str) -> ForeignLabourPermitVariantType0:
    if value in FOREIGN_LABOUR_PERMIT_VARIANT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOREIGN_LABOUR_PERMIT_VARIANT_TYPE_0_VALUES!r}")
