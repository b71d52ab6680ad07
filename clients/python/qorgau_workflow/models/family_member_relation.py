from typing import Literal

FamilyMemberRelation = Literal['child', 'other', 'parent', 'sibling', 'spouse']

FAMILY_MEMBER_RELATION_VALUES: set[FamilyMemberRelation] = { 'child', 'other', 'parent', 'sibling', 'spouse',  }

def check_family_member_relation(value: str) -> FamilyMemberRelation:
    if value in FAMILY_MEMBER_RELATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAMILY_MEMBER_RELATION_VALUES!r}")
