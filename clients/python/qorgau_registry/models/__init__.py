""" Contains all the data models used in inputs/outputs """

from .annulled_view import AnnulledView
from .annulment_request import AnnulmentRequest
from .authority import Authority
from .conflict_view import ConflictView
from .document_kind import DocumentKind
from .document_page import DocumentPage
from .document_view import DocumentView
from .document_view_details import DocumentViewDetails
from .field_error import FieldError
from .iin_query import IinQuery
from .invalidated_view import InvalidatedView
from .issued_view import IssuedView
from .key_set_out import KeySetOut
from .number_query import NumberQuery
from .period import Period
from .problem import Problem
from .published_key import PublishedKey
from .reason import Reason
from .register_entry_view import RegisterEntryView
from .register_page import RegisterPage
from .replace_reason import ReplaceReason
from .search_hit import SearchHit
from .search_page import SearchPage
from .search_register_v1_register_search_get_by import SearchRegisterV1RegisterSearchGetBy
from .verification_view import VerificationView
from .verification_view_status import VerificationViewStatus

__all__ = (
    "AnnulledView",
    "AnnulmentRequest",
    "Authority",
    "ConflictView",
    "DocumentKind",
    "DocumentPage",
    "DocumentView",
    "DocumentViewDetails",
    "FieldError",
    "IinQuery",
    "InvalidatedView",
    "IssuedView",
    "KeySetOut",
    "NumberQuery",
    "Period",
    "Problem",
    "PublishedKey",
    "Reason",
    "RegisterEntryView",
    "RegisterPage",
    "ReplaceReason",
    "SearchHit",
    "SearchPage",
    "SearchRegisterV1RegisterSearchGetBy",
    "VerificationView",
    "VerificationViewStatus",
)
