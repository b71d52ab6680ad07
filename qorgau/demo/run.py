"""`qorgau demo`: a handful of applications through the running stack, so that every service has
something to show, and a short summary of where to look.

Every run uses new applicants (fresh IINs), so it can run again against the same home.
"""

import json
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table

from qorgau import scenarios
from qorgau.devstack import SERVICES, Stack

DISTRICT = "talgar"


def run_demo(stack: Stack, console: Console) -> list[dict[str, Any]]:
    """Drive the applications; returns one summary row per application (also printed)."""
    tokens = json.loads((stack.home / "tokens.json").read_text())
    system = scenarios.System({name: stack.processes[name].url for name in SERVICES}, tokens,
                              stack.signing.people)
    rows: list[dict[str, Any]] = []
    try:
        for title, walk in _walks(system):
            with console.status(f"demo: {title}…"):
                try:
                    rows.append({"application": title, **walk()})
                except scenarios.ScenarioError as error:
                    rows.append({"application": title, "status": f"failed: {error}"})
    finally:
        system.close()
    _print(console, rows)
    return rows


def _walks(s: scenarios.System) -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    def reg1() -> dict[str, Any]:
        out = scenarios.reg1_first_registration(s, DISTRICT)
        return {"receipt": out.receipt_number, "status": out.handed_over["status"],
                "certificate": out.issued["number"],
                "verify": f"verifies as {out.verification['status']}",
                "verification_url": out.issued["verification_url"],
                "payment": f"{out.payment['status']} {out.payment['amount']} KZT"}

    def refusal() -> dict[str, Any]:
        view = scenarios.reg1_refusal(s, DISTRICT)
        missing = ", ".join(m["id"] for m in view["receipt"]["missing_documents"])
        return {"receipt": view["receipt"]["receipt_number"], "status": "refused",
                "verify": f"missing: {missing}"}

    def akim() -> dict[str, Any]:
        out = scenarios.reg12_by_rural_akim(s, DISTRICT, "panfilov")
        return {"receipt": out["receipt_number"], "status": out["handed_over"]["status"],
                "payment": f"{out['payment']['status']} {out['payment']['amount']} KZT"}

    def centre() -> dict[str, Any]:
        out = scenarios.reg14_by_employment_centre(s, DISTRICT)
        return {"receipt": out["receipt_number"],
                "status": f"result at the portal ({out['result']['outcome']})"}

    return [
        ("reg. 1 first registration (State Corporation, Talgar)", reg1),
        ("reg. 1 incomplete package (refusal receipt)", refusal),
        ("reg. 12 fuel assistance (rural akim of Panfilov)", akim),
        ("reg. 14 referral (portal → Employment Centre)", centre),
    ]


def _print(console: Console, rows: list[dict[str, Any]]) -> None:
    table = Table("application", "receipt", "status", "certificate / verification",
                  "payment", title="Demo applications")
    for row in rows:
        certificate = " ".join(v for v in (row.get("certificate"), row.get("verify")) if v)
        table.add_row(row["application"], row.get("receipt", "-"), row.get("status", "-"),
                      certificate or "-", row.get("payment", "-"))
    console.print(table)
    for row in rows:
        if row.get("verification_url"):
            console.print(f"Anyone can check the certificate, no login: {row['verification_url']}")
