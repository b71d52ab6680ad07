from typing import Literal

Reg14EmploymentMeasureReferralFactsMeasureType0 = Literal['employment', 'public_works', 'social_jobs', 'youth_practice']

REG_14_EMPLOYMENT_MEASURE_REFERRAL_FACTS_MEASURE_TYPE_0_VALUES: set[Reg14EmploymentMeasureReferralFactsMeasureType0] = { 'employment', 'public_works', 'social_jobs', 'youth_practice',  }

def check_reg_14_employment_measure_referral_facts_measure_type_0(value: str) -> Reg14EmploymentMeasureReferralFactsMeasureType0:
    if value in REG_14_EMPLOYMENT_MEASURE_REFERRAL_FACTS_MEASURE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REG_14_EMPLOYMENT_MEASURE_REFERRAL_FACTS_MEASURE_TYPE_0_VALUES!r}")
