"""Per-regulation rules, by regulation number. The engine never branches on the number itself."""

from collections.abc import Mapping
from types import MappingProxyType

from .base import Rules
from .documents import ORALMAN, TSA_MEMBERSHIP, NoticeRules, ReferralRules, Rehabilitated
from .money import AssignmentRules, HomeSchooling, TargetedAssistance
from .reg01 import Reg1
from .reg16 import LabourPermit

_NOTICE = NoticeRules()

RULES: Mapping[int, Rules] = MappingProxyType({
    1: Reg1(),
    2: _NOTICE,
    3: _NOTICE,
    4: TargetedAssistance(),
    5: _NOTICE,
    6: _NOTICE,
    7: _NOTICE,
    8: _NOTICE,
    9: _NOTICE,
    10: AssignmentRules("maslikhat_social_assistance", ("category",)),
    11: HomeSchooling(),
    12: AssignmentRules("fuel_assistance", ("category",)),
    13: TSA_MEMBERSHIP,
    14: ReferralRules(),
    15: ORALMAN,
    16: LabourPermit(),
    17: Rehabilitated(),
    18: AssignmentRules("housing_assistance", ("family_members", "costs")),
})

__all__ = ["RULES", "Rules"]
