from typing import Literal

Regs2357DisabilityAidFactsDisabilityGroupType0 = Literal['child', 'first', 'second', 'third']

REGS_2357_DISABILITY_AID_FACTS_DISABILITY_GROUP_TYPE_0_VALUES: set[Regs2357DisabilityAidFactsDisabilityGroupType0] = { 'child', 'first', 'second', 'third',  }

def check_regs_2357_disability_aid_facts_disability_group_type_0(value: str) -> Regs2357DisabilityAidFactsDisabilityGroupType0:
    if value in REGS_2357_DISABILITY_AID_FACTS_DISABILITY_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGS_2357_DISABILITY_AID_FACTS_DISABILITY_GROUP_TYPE_0_VALUES!r}")
