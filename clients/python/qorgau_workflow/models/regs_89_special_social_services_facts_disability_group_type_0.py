from typing import Literal

Regs89SpecialSocialServicesFactsDisabilityGroupType0 = Literal['child', 'first', 'second', 'third']

REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_DISABILITY_GROUP_TYPE_0_VALUES: set[Regs89SpecialSocialServicesFactsDisabilityGroupType0] = { 'child', 'first', 'second', 'third',  }

def check_regs_89_special_social_services_facts_disability_group_type_0(value: str) -> Regs89SpecialSocialServicesFactsDisabilityGroupType0:
    if value in REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_DISABILITY_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_DISABILITY_GROUP_TYPE_0_VALUES!r}")
