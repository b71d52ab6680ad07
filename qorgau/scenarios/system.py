"""The running system as its users see it: base URLs, tokens, signing keys, one client, polling."""

import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx

from contracts.iin import check_digit
from eventkit.signing import KeyRing, MissingKey

T = TypeVar("T")
ALMATY = ZoneInfo("Asia/Almaty")
# a valid Kazakh IBAN (checksum and bank code) for the demo payouts
DEMO_IBAN = "KZ86125KZT5004100100"
FULL_PACKAGE = [{"kind": "application", "originals": 1},
                {"kind": "identity_document", "originals": 1, "copies": 1, "pages": 2}]
SEMEY_PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1962, "place": "Semey",
                  "kind": "residence"}]
LAST_NAMES = ("Abenov", "Seitkali", "Nurlanov", "Zhaksybekov", "Omarov", "Tokayev", "Ermekov")
FIRST_NAMES = ("Arman", "Aigerim", "Dauren", "Saule", "Yerlan", "Madina", "Askar")


class ScenarioError(RuntimeError):
    """A step answered something other than what a working system answers."""


def new_iin(rng: random.Random | None = None, born: date | None = None) -> str:
    """A valid IIN (with its check digit) nobody else in this run has: serial digits are random."""
    rng = rng or random.Random(uuid.uuid4().int)
    born = born or date(1940 + rng.randrange(0, 40), rng.randrange(1, 13), rng.randrange(1, 29))
    century = 3 + rng.randrange(0, 2) if born.year < 2000 else 5 + rng.randrange(0, 2)
    while True:
        first = f"{born:%y%m%d}{century}{rng.randrange(0, 10_000):04d}"
        digit = check_digit(first)
        if digit is not None:
            return f"{first}{digit}"


def new_applicant(rng: random.Random | None = None) -> dict[str, str]:
    rng = rng or random.Random(uuid.uuid4().int)
    return {"iin": new_iin(rng), "last_name": rng.choice(LAST_NAMES),
            "first_name": rng.choice(FIRST_NAMES), "phone": "+77010000000"}


def eventually(probe: Callable[[], T | None], what: str, timeout: float = 60.0,
               interval: float = 0.2) -> T:
    """Poll `probe` until it returns something truthy; fail naming `what` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise ScenarioError(f"{what}: not reached within {timeout:.0f}s")
        time.sleep(interval)


@dataclass
class System:
    """The four services as a user reaches them, and who the user may be."""

    urls: Mapping[str, str]  # intake, workflow, registry, payments
    tokens: Mapping[str, str]  # "<organisation_id>/<person_id>" -> bearer token
    # the heads' own signing keys (the dev stack's keys/signing/people): a head signs decisions
    # with them as with an EDS client
    signing_keys: Path | None = None
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=15.0))
    etags: dict[tuple[str, str], str] = field(default_factory=dict)  # (service, id) -> ETag

    def signature(self, who: str, document: bytes) -> str:
        """`who` ("<organisation_id>/<person_id>") signs `document` with their own key."""
        if self.signing_keys is None:
            raise ScenarioError("no signing keys: a head cannot sign a decision")
        organisation_id, _, person_id = who.partition("/")
        try:
            return KeyRing.load(self.signing_keys).sign(organisation_id, document,
                                                        datetime.now(UTC), person_id=person_id)
        except MissingKey as error:
            raise ScenarioError(f"{who} has no signing key: {error}") from error

    def headers(self, who: str, **extra: str) -> dict[str, str]:
        """`who` is "<organisation_id>/<person_id>" as in the tokens file."""
        try:
            token = self.tokens[who]
        except KeyError:
            raise ScenarioError(f"no token for {who!r}") from None
        return {"Authorization": f"Bearer {token}", **extra}

    def call(self, method: str, service: str, path: str, who: str | None = None,
             expect: int | tuple[int, ...] = 200, **kwargs: Any) -> httpx.Response:
        headers = {**(self.headers(who) if who else {}), **kwargs.pop("headers", {})}
        answer = self.http.request(method, self.urls[service] + path, headers=headers, **kwargs)
        expected = (expect,) if isinstance(expect, int) else expect
        if answer.status_code not in expected:
            raise ScenarioError(f"{method} {service}{path} as {who}: {answer.status_code} "
                                f"{answer.text[:500]}")
        return answer

    def write(self, service: str, stream: str, path: str, who: str, body: Any = None,
              expect: int | tuple[int, ...] = 200, method: str = "POST") -> dict[str, Any]:
        """A conflicting write: sends the last ETag seen of the stream as If-Match."""
        headers = {}
        if (service, stream) in self.etags:
            headers["If-Match"] = self.etags[(service, stream)]
        answer = self.call(method, service, path, who, expect, json=body or {}, headers=headers)
        if "ETag" in answer.headers:
            self.etags[(service, stream)] = answer.headers["ETag"]
        return answer.json()

    def read(self, service: str, stream: str, path: str, who: str,
             expect: int | tuple[int, ...] = 200) -> httpx.Response:
        answer = self.call("GET", service, path, who, expect)
        if answer.status_code == 200 and "ETag" in answer.headers:
            self.etags[(service, stream)] = answer.headers["ETag"]
        return answer

    def close(self) -> None:
        self.http.close()


# --- who is who in the demo organisations ----------------------------------------------------


def front_office(district: str) -> str:
    return f"gfc-{district}/gfc-{district}-operator"


def department(district: str, person: str) -> str:
    """person: clerk, head, executor, registry, payments."""
    return f"dd-{district}/dd-{district}-{person}"


def department_ref(district: str) -> dict[str, Any]:
    return {"organisation_id": f"dd-{district}", "kind": "district_department",
            "district": district}
