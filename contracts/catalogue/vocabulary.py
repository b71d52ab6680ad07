"""Closed vocabularies of the catalogue.

Every enum here is a contract: services store and match these values, so add members, never rename.

Actors are a pair (role, organisation), because the same role exists in several organisations
(the clerk of a district department, of an Employment Centre or of a rural akim's office) and the
event envelope records both. Roles:

- office_clerk: accepts and registers documents (кеңсе қызметкері)
- head: head of the organisation; assigns the executor, signs the result (басшы)
- responsible_executor: reviews documents and drafts the result (жауапты орындаушы)
- akim: the rural district (settlement, village) akim acting as head of his office
  (ауылдық округ әкімі)
- operator: front-office employee of the State Corporation or of an Employment Centre acting as
  a channel
- courier: State Corporation courier (reg. 15 only)
- applicant: the service recipient acting on the portal
- system: the portal itself (statuses in the personal cabinet)
"""

from enum import StrEnum


class Source(StrEnum):
    SEED = "seed"  # read from the resolution text; line refs required
    ASSUMED = "assumed"  # not in the text; a note must say why and what to replace it with


class Role(StrEnum):
    OFFICE_CLERK = "office_clerk"
    HEAD = "head"
    RESPONSIBLE_EXECUTOR = "responsible_executor"
    AKIM = "akim"
    OPERATOR = "operator"
    COURIER = "courier"
    APPLICANT = "applicant"
    SYSTEM = "system"


class Org(StrEnum):
    """Kinds of organisation: providers, processors and channels."""

    DISTRICT_DEPARTMENT = "district_department"  # LEB of a district / city of regional significance
    OBLAST_DEPARTMENT = "oblast_department"  # LEB of the oblast
    RURAL_AKIM = "rural_akim"  # office of a settlement / village / rural district akim
    EMPLOYMENT_CENTRE = "employment_centre"
    STATE_CORPORATION = "state_corporation"
    PORTAL = "portal"


class Channel(StrEnum):
    """Where an application is lodged and the result picked up."""

    STATE_CORPORATION = "state_corporation"
    PROVIDER_OFFICE = "provider_office"
    RURAL_AKIM = "rural_akim"
    EMPLOYMENT_CENTRE = "employment_centre"
    PORTAL = "portal"


class ServiceForm(StrEnum):
    PAPER = "paper"
    ELECTRONIC_PARTIALLY_AUTOMATED = "electronic_partially_automated"
    ELECTRONIC_FULLY_AUTOMATED = "electronic_fully_automated"


class ResultForm(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"


class Recipient(StrEnum):
    INDIVIDUALS = "individuals"
    LEGAL_ENTITIES = "legal_entities"


class FeeKind(StrEnum):
    FREE = "free"
    PAID_OR_FREE = "paid_or_free"  # reg. 16: "ақылы/тегін"


class ResultKind(StrEnum):
    """What a finished case hands to other services (registry, payments) to react to."""

    REGISTER_ENTRY = "register_entry"  # a person enters a register (reg. 1)
    CERTIFICATE = "certificate"  # a numbered certificate kept by the registry (reg. 1)
    COMPENSATION = "compensation"  # one-time payment (reg. 1)
    MONEY_ASSIGNMENT = "money_assignment"  # an assigned benefit or assistance to be paid
    DOCUMENT = "document"  # a document handed to the applicant (certificate, referral, permit)
    SERVICE = "service"  # a notification that a social service or aid has been arranged


class ResultItem(StrEnum):
    """The items para 3 lists (per channel)."""

    DECISION = "decision"
    CERTIFICATE = "certificate"
    DUPLICATE_CERTIFICATE = "duplicate_certificate"
    PAYMENT = "payment"
    NOTIFICATION = "notification"
    REFERRAL = "referral"
    PERMIT = "permit"
    REASONED_REFUSAL = "reasoned_refusal"


class Outcome(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    EITHER = "either"  # one notice of the decision either way: assigned or refused (reg. 4)


class Bound(StrEnum):
    EXACT = "exact"  # "– 30 (отыз) минут"
    WITHIN = "within"  # "ішінде"
    UP_TO = "up_to"  # "дейін"


class Produces(StrEnum):
    """What finishing a step yields; the workflow engine turns these into events."""

    RECEIPT = "receipt"
    DOCUMENTS_FORWARDED = "documents_forwarded"
    DOCUMENTS_DELIVERED = "documents_delivered"
    REQUEST_SUBMITTED = "request_submitted"
    STATUS_SHOWN = "status_shown"
    REGISTERED = "registered"
    EXECUTOR_ASSIGNED = "executor_assigned"
    RESULT_DRAFTED = "result_drafted"
    SENT_FOR_SIGNATURE = "sent_for_signature"
    RESULT_SIGNED = "result_signed"
    RESULT_ISSUED = "result_issued"
    DECISION = "decision"
    CERTIFICATE = "certificate"
    DUPLICATE_CERTIFICATE = "duplicate_certificate"
    PAYMENT = "payment"
    STAGE_1_NOTIFICATION = "stage_1_notification"
    RESULT_COLLECTED = "result_collected"
    RESULT_DELIVERED = "result_delivered"
    RESULT_HANDED_OVER = "result_handed_over"


class ExtensionMode(StrEnum):
    ADDS = "adds"  # the step's term grows by `duration`
    REPLACES = "replaces"  # the step's term becomes `duration`


class PlaceService(StrEnum):
    """An office a place may or may not have; some channels are open only where one is absent."""

    EMPLOYMENT_CENTRE = "employment_centre"  # reg. 4: the akim accepts where there is no Centre
    PROVIDER_OFFICE = "provider_office"  # reg. 12: the akim accepts where there is no provider


class RefusalObject(StrEnum):
    DOCUMENTS = "documents"  # "құжаттарды"
    APPLICATION = "application"  # "өтінішті"
