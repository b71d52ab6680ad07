"""Payment routes: where the money goes, with IBANs checked by schwifty (checksum, country
format, bank code), and the workflow's `payout` turned into a route."""

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from contracts.payments_events import IbanRoute, PenitentiaryRoute, Route
from contracts.workflow_events import Payout


class InvalidIban(ValueError):
    """Not a valid IBAN; the message never repeats the account number."""


def valid_iban(text: str) -> str:
    """The IBAN in its compact form, or InvalidIban."""
    try:
        return IBAN(text).compact
    except SchwiftyException as error:
        raise InvalidIban(f"not a valid IBAN ({type(error).__name__})") from None


def checked(route: Route) -> Route:
    """The same route with its IBAN validated and normalised."""
    if isinstance(route, IbanRoute):
        return IbanRoute(iban=valid_iban(route.iban))
    return route.model_copy(update={"control_account_iban": valid_iban(route.control_account_iban)})


def route_from_payout(payout: Payout | None) -> Route | None:
    """The decision's payout as a route; None when there is none or its IBAN is not valid (an
    officer then sets the details before the payment can be ordered)."""
    if payout is None:
        return None
    try:
        iban = valid_iban(payout.iban)
    except InvalidIban:
        return None
    if payout.kind == "bank_account":
        return IbanRoute(iban=iban)
    return PenitentiaryRoute(institution_name=payout.institution or "", control_account_iban=iban)
