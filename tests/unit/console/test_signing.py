"""A head signs with their own signing client: the console takes the signature as pasted or
uploaded (line breaks dropped) and signs nothing itself outside development."""

import pytest

from services.console.settings import ConsoleSettings
from services.console.signing import CannotSign, dev_signature, given_signature, signs_here

SIGNATURE = "ed25519:dd-talgar-head-2026:" + "A" * 86


def test_a_pasted_signature_is_taken_as_the_client_made_it():
    assert given_signature(SIGNATURE[:30] + "\r\n " + SIGNATURE[30:] + "\n") == SIGNATURE


@pytest.mark.parametrize("text", ["", "signed", "rsa:key:" + "A" * 40, "ed25519::AAAA",
                                  "ed25519:key:" + "!" * 40])
def test_what_is_not_a_signature_is_refused_before_the_workflow_sees_it(text):
    with pytest.raises(CannotSign):
        given_signature(text)


def test_production_signs_nothing_here(tmp_path):
    development = ConsoleSettings.model_construct(environment="development",
                                                  dev_signing_keys_dir=str(tmp_path))
    assert signs_here(development)
    # production settings refuse the folder; even one slipped in signs nothing
    production = ConsoleSettings.model_construct(environment="production",
                                                 dev_signing_keys_dir=str(tmp_path))
    assert production.production and not signs_here(production)
    with pytest.raises(CannotSign, match="your own"):
        dev_signature(production, {"organisation_id": "dd-talgar", "person_id": "h"}, b"{}")
