"""Typed domain errors. `api.py` maps `Invalid` to 422 (naming `field`) and `Refused` to 409."""


class IntakeError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(IntakeError):
    """The command cannot be right whatever the application's state (HTTP 422)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


class NotOffered(Invalid):
    """The caller's kind of office does not offer the regulation there (HTTP 403, naming
    `field`): who accepts what where is the caller's standing, not the request's shape."""


class Mismatch(Invalid):
    """A well-formed request that does not fit this application (its regulation, its district):
    the same body fits another one (HTTP 409, naming `field`)."""


class NotAllowedNow(IntakeError):
    """The application's state forbids the command (HTTP 409)."""


class UnknownApplication(IntakeError):
    """No application with this id (HTTP 404)."""
