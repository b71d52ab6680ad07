from typing import Literal

Reg1DuplicateCertificateFactsWhyADuplicate = Literal['damaged', 'lost']

REG_1_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES: set[Reg1DuplicateCertificateFactsWhyADuplicate] = { 'damaged', 'lost',  }

def check_reg_1_duplicate_certificate_facts_why_a_duplicate(value: str) -> Reg1DuplicateCertificateFactsWhyADuplicate:
    if value in REG_1_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_1_DUPLICATE_CERTIFICATE_FACTS_WHY_A_DUPLICATE_VALUES!r}")
