from typing import Literal

OralmanDocumentAction = Literal['extension', 'grant']

ORALMAN_DOCUMENT_ACTION_VALUES: set[OralmanDocumentAction] = { 'extension', 'grant',  }

def check_oralman_document_action(value: str) -> OralmanDocumentAction:
    if value in ORALMAN_DOCUMENT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORALMAN_DOCUMENT_ACTION_VALUES!r}")
