"""Development tokens: `qorgau tokens keygen | issue | issue-all`.

Production tokens come from the identity provider; these commands exist so that a developer or a
demo can act as any organisation and role without one.
"""

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from contracts.identity import OrganisationKind, Role
from eventkit.identity import (
    DEFAULT_AUDIENCE,
    DEFAULT_ISSUER,
    Principal,
    TokenIssuer,
    generate_keypair,
)

app = typer.Typer(help="Keys and bearer tokens for development and demos.", no_args_is_help=True)

_TTL = re.compile(r"(\d+)\s*([smhd]?)")
_UNITS = {"s": "seconds", "": "seconds", "m": "minutes", "h": "hours", "d": "days"}

KeyOption = Annotated[
    Path, typer.Option("--key", help="private key PEM", exists=True, dir_okay=False)
]
TtlOption = Annotated[str, typer.Option("--ttl", help="lifetime: 90s, 30m, 8h, 7d")]
IssuerOption = Annotated[str, typer.Option("--issuer")]
AudienceOption = Annotated[str, typer.Option("--audience")]


def parse_ttl(text: str) -> timedelta:
    match = _TTL.fullmatch(text.strip())
    if match is None or int(match.group(1)) == 0:
        raise typer.BadParameter(f"{text!r} is not a lifetime like 90s, 30m, 8h or 7d")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_id: str
    role: Role


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organisation_id: str
    kind: OrganisationKind
    district: str | None = None
    rural_district: str | None = None
    people: list[Person]

    def principals(self) -> list[Principal]:
        place = self.model_dump(exclude={"people"})
        return [Principal(**place, person_id=p.person_id, role=p.role) for p in self.people]


def write_keypair(folder: Path) -> None:
    """A new key pair as `folder/private.pem` and `folder/public.pem`."""
    private_pem, public_pem = generate_keypair()
    folder.mkdir(parents=True, exist_ok=True)
    private_path = folder / "private.pem"
    private_path.touch(mode=0o600)  # created private before the secret is written into it
    private_path.write_text(private_pem)
    (folder / "public.pem").write_text(public_pem)


@app.command()
def keygen(
    out: Annotated[Path, typer.Option("--out", help="directory for private.pem and public.pem")],
) -> None:
    """Write a new Ed25519 key pair; never overwrites an existing one."""
    private_path, public_path = out / "private.pem", out / "public.pem"
    existing = [str(p) for p in (private_path, public_path) if p.exists()]
    if existing:
        typer.echo(f"refusing to overwrite {', '.join(existing)}", err=True)
        raise typer.Exit(1)
    write_keypair(out)
    typer.echo(f"wrote {private_path} and {public_path}")


@app.command()
def issue(
    key: KeyOption,
    org: Annotated[str, typer.Option("--org", help="organisation id")],
    kind: Annotated[OrganisationKind, typer.Option("--kind")],
    role: Annotated[Role, typer.Option("--role")],
    person: Annotated[str, typer.Option("--person", help="person id (never an IIN)")],
    district: Annotated[str | None, typer.Option("--district")] = None,
    rural_district: Annotated[str | None, typer.Option("--rural-district")] = None,
    ttl: TtlOption = "8h",
    issuer: IssuerOption = DEFAULT_ISSUER,
    audience: AudienceOption = DEFAULT_AUDIENCE,
) -> None:
    """Print one bearer token."""
    try:
        principal = Principal(
            organisation_id=org, kind=kind, district=district,
            rural_district=rural_district, role=role, person_id=person,
        )  # fmt: skip
    except ValidationError as error:
        raise typer.BadParameter(_messages(error)) from error
    signer = TokenIssuer(key.read_text(), issuer, audience)
    typer.echo(signer.issue(principal, parse_ttl(ttl)))


@app.command("issue-all")
def issue_all(
    key: KeyOption,
    orgs: Annotated[Path, typer.Option("--orgs", help="YAML list of organisations", exists=True)],
    out: Annotated[Path, typer.Option("--out", help="JSON file to write")],
    ttl: TtlOption = "8h",
    issuer: IssuerOption = DEFAULT_ISSUER,
    audience: AudienceOption = DEFAULT_AUDIENCE,
) -> None:
    """Tokens for everyone in ORGS.yaml, as {"<organisation_id>/<person_id>": token}.

    ORGS.yaml: a list of {organisation_id, kind, district, rural_district, people: [{person_id,
    role}]}.
    """
    try:
        organisations = TypeAdapter(list[Organisation]).validate_python(
            yaml.safe_load(orgs.read_text())
        )
        principals = [p for o in organisations for p in o.principals()]
    except ValidationError as error:
        raise typer.BadParameter(_messages(error), param_hint="--orgs") from error
    signer, lifetime = TokenIssuer(key.read_text(), issuer, audience), parse_ttl(ttl)
    tokens = {f"{p.organisation_id}/{p.person_id}": signer.issue(p, lifetime) for p in principals}
    if len(tokens) < len(principals):
        twice = "a person is listed twice in one organisation"
        raise typer.BadParameter(twice, param_hint="--orgs")
    out.write_text(json.dumps(tokens, indent=2) + "\n")
    typer.echo(f"wrote {len(tokens)} tokens to {out}")


def _messages(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in e['loc']) or 'value'}: {e['msg']}"
        for e in error.errors()
    )
