from typing import Literal

ReferralKind = Literal['employment', 'public_works', 'social_jobs', 'youth_practice']

REFERRAL_KIND_VALUES: set[ReferralKind] = { 'employment', 'public_works', 'social_jobs', 'youth_practice',  }

def check_referral_kind(value: str) -> ReferralKind:
    if value in REFERRAL_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRAL_KIND_VALUES!r}")
