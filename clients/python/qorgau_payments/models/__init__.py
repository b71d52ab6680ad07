""" Contains all the data models used in inputs/outputs """

from .details_in import DetailsIn
from .envelope_out import EnvelopeOut
from .field_error import FieldError
from .iban_route import IbanRoute
from .key_set_out import KeySetOut
from .list_payments_v1_payments_get_status import ListPaymentsV1PaymentsGetStatus
from .payment_out import PaymentOut
from .payment_page import PaymentPage
from .penitentiary_route import PenitentiaryRoute
from .problem import Problem
from .published_key import PublishedKey
from .reconciliation_out import ReconciliationOut
from .reconciliation_report import ReconciliationReport
from .reconciliation_report_districts import ReconciliationReportDistricts
from .release_in import ReleaseIn
from .schedule_out import ScheduleOut
from .tally_out import TallyOut

__all__ = (
    "DetailsIn",
    "EnvelopeOut",
    "FieldError",
    "IbanRoute",
    "KeySetOut",
    "ListPaymentsV1PaymentsGetStatus",
    "PaymentOut",
    "PaymentPage",
    "PenitentiaryRoute",
    "Problem",
    "PublishedKey",
    "ReconciliationOut",
    "ReconciliationReport",
    "ReconciliationReportDistricts",
    "ReleaseIn",
    "ScheduleOut",
    "TallyOut",
)
