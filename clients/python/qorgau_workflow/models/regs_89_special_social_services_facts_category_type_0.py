from typing import Literal

Regs89SpecialSocialServicesFactsCategoryType0 = Literal['disabled_adult', 'disabled_child', 'elderly']

REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_CATEGORY_TYPE_0_VALUES: set[Regs89SpecialSocialServicesFactsCategoryType0] = { 'disabled_adult', 'disabled_child', 'elderly',  }

def check_regs_89_special_social_services_facts_category_type_0(value: str) -> Regs89SpecialSocialServicesFactsCategoryType0:
    if value in REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGS_89_SPECIAL_SOCIAL_SERVICES_FACTS_CATEGORY_TYPE_0_VALUES!r}")
