from typing import Literal

DecisionDocumentOutcome = Literal['approved', 'refused']

DECISION_DOCUMENT_OUTCOME_VALUES: set[DecisionDocumentOutcome] = { 'approved', 'refused',  }

def check_decision_document_outcome(value: str) -> DecisionDocumentOutcome:
    if value in DECISION_DOCUMENT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DECISION_DOCUMENT_OUTCOME_VALUES!r}")
