from typing import Literal

Reg17DuplicateCertificateFactsWhyADuplicate = Literal['damaged', 'lost']

REG_17_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES: set[Reg17DuplicateCertificateFactsWhyADuplicate] = { 'damaged', 'lost',  }

def check_reg_17_duplicate_certificate_facts_why_a_duplicate(value: str) -> Reg17DuplicateCertificateFactsWhyADuplicate:
    if value in REG_17_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_17_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES!r}")
