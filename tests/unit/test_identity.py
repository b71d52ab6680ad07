import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from contracts.identity import Actor, OrganisationKind, Producer, Role
from eventkit.identity import (
    InvalidToken,
    Principal,
    TokenIssuer,
    TokenVerifier,
    generate_keypair,
    load_public_keys,
)

PRIVATE, PUBLIC = generate_keypair()
OTHER_PRIVATE, OTHER_PUBLIC = generate_keypair()
AKIM = Principal(
    organisation_id="akim-tuzdybastau",
    kind=OrganisationKind.RURAL_AKIM,
    district="talgar",
    rural_district="tuzdybastau",
    role=Role.HEAD,
    person_id="p-17",
)


def issuer(private: str = PRIVATE, iss: str = "qorgau", aud: str = "qorgau") -> TokenIssuer:
    return TokenIssuer(private, iss, aud)


def verifier(public: str = PUBLIC) -> TokenVerifier:
    return TokenVerifier(public, "qorgau", "qorgau", leeway=timedelta(seconds=5))


def test_issued_token_verifies_to_the_same_principal() -> None:
    token = issuer().issue(AKIM, timedelta(hours=8))
    assert verifier().verify(token) == AKIM


def test_token_carries_the_agreed_claims() -> None:
    token = issuer().issue(AKIM, timedelta(hours=1))
    claims = jwt.decode(token, options={"verify_signature": False})
    assert {"sub", "org", "org_kind", "district", "rural_district", "role"} <= claims.keys()
    assert {"iss", "aud", "iat", "exp", "jti"} <= claims.keys()
    assert claims["sub"] == "p-17" and claims["org_kind"] == "rural_akim"


def test_expired_token_is_rejected() -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    token = issuer().issue(AKIM, timedelta(hours=1), now=yesterday)
    with pytest.raises(InvalidToken, match="expired"):
        verifier().verify(token)


def test_token_for_another_audience_is_rejected() -> None:
    token = issuer(aud="someone-else").issue(AKIM, timedelta(hours=1))
    with pytest.raises(InvalidToken, match="audience"):
        verifier().verify(token)


def test_token_from_another_issuer_is_rejected() -> None:
    token = issuer(iss="someone-else").issue(AKIM, timedelta(hours=1))
    with pytest.raises(InvalidToken, match="issuer"):
        verifier().verify(token)


def test_tampered_token_is_rejected() -> None:
    header, payload, signature = issuer().issue(AKIM, timedelta(hours=1)).split(".")
    claims = jwt.decode(f"{header}.{payload}.{signature}", options={"verify_signature": False})
    forged = base64.urlsafe_b64encode(json.dumps({**claims, "district": "almaty"}).encode())
    forged = forged.decode().rstrip("=")
    with pytest.raises(InvalidToken, match="signature"):
        verifier().verify(f"{header}.{forged}.{signature}")


def test_token_signed_by_an_untrusted_key_is_rejected() -> None:
    token = issuer(OTHER_PRIVATE).issue(AKIM, timedelta(hours=1))
    with pytest.raises(InvalidToken, match="signature"):
        verifier().verify(token)


def test_any_of_several_trusted_keys_verifies() -> None:
    token = issuer(OTHER_PRIVATE).issue(AKIM, timedelta(hours=1))
    assert verifier(PUBLIC + OTHER_PUBLIC).verify(token) == AKIM


def test_unsigned_token_is_rejected() -> None:
    token = jwt.encode({"sub": "p-17"}, key=None, algorithm="none")
    with pytest.raises(InvalidToken):
        verifier().verify(token)


def test_garbage_is_rejected() -> None:
    with pytest.raises(InvalidToken, match="malformed"):
        verifier().verify("not-a-token")


def _signed(**changes: object) -> str:
    now = datetime.now(UTC)
    claims = {
        "sub": "p-17", "org": "akim-tuzdybastau", "org_kind": "rural_akim", "district": "talgar",
        "rural_district": "tuzdybastau", "role": "head", "iss": "qorgau", "aud": "qorgau",
        "iat": int(now.timestamp()), "exp": int((now + timedelta(hours=1)).timestamp()), "jti": "j",
    }  # fmt: skip
    claims.update(changes)
    signing_key = serialization.load_pem_private_key(PRIVATE.encode(), password=None)
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, signing_key, "EdDSA")


def test_unknown_role_is_rejected() -> None:
    with pytest.raises(InvalidToken, match="role"):
        verifier().verify(_signed(role="governor"))


def test_unknown_organisation_kind_is_rejected() -> None:
    with pytest.raises(InvalidToken, match="kind"):
        verifier().verify(_signed(org_kind="ministry"))


def test_token_without_expiry_is_rejected() -> None:
    with pytest.raises(InvalidToken, match="claim"):
        verifier().verify(_signed(exp=None))


def test_token_without_organisation_is_rejected() -> None:
    with pytest.raises(InvalidToken, match="organisation_id"):
        verifier().verify(_signed(org=None))


def test_rural_akim_without_rural_district_is_rejected() -> None:
    with pytest.raises(InvalidToken):
        verifier().verify(_signed(rural_district=None))


def test_district_kinds_need_a_district() -> None:
    with pytest.raises(ValueError, match="district"):
        Principal(
            organisation_id="dd", kind=OrganisationKind.DISTRICT_DEPARTMENT, role=Role.HEAD,
            person_id="p",
        )  # fmt: skip


def test_symmetric_algorithms_are_refused() -> None:
    with pytest.raises(ValueError, match="asymmetric"):
        TokenVerifier(PUBLIC, "qorgau", "qorgau", algorithms=["HS256"])


def test_verifier_reads_a_jwks_document(tmp_path: Path) -> None:
    jwk = jwt.algorithms.OKPAlgorithm.to_jwk(load_public_keys(PUBLIC)[0], as_dict=True)
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [{**jwk, "kid": "k1", "alg": "EdDSA"}]}))
    configured = TokenVerifier.from_config(
        public_key=None, public_key_file=path, issuer="qorgau", audience="qorgau"
    )
    assert configured.verify(issuer().issue(AKIM, timedelta(minutes=5))) == AKIM


def test_verifier_needs_exactly_one_key_source() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        TokenVerifier.from_config(public_key=PUBLIC, public_key_file="keys.pem")


def test_principal_is_the_producer_and_actor_of_its_events() -> None:
    assert AKIM.producer() == Producer(
        organisation_id="akim-tuzdybastau",
        kind=OrganisationKind.RURAL_AKIM,
        district="talgar",
        rural_district="tuzdybastau",
    )
    assert AKIM.actor() == Actor(person_id="p-17", role=Role.HEAD)
