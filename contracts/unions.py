"""Unions of shapes told apart by a tag, whose errors name fields as the schema spells them.

Pydantic puts the tag of the shape it chose into an error's location (`applicant.person.iin`),
but in the JSON schema a `oneOf` adds no step to a path: the caller reads `applicant.iin`. A
union annotated with `by_tag(...)` and `untagged(...)` is read by its tag field (with a default
where the field may be left out) and answers with the tag taken out of its errors' locations;
a tag no shape has is an error of the tag field itself.
"""

from collections.abc import Collection
from typing import Any

from pydantic import Discriminator, ValidationError, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

UNKNOWN_TAG = "union_tag_unknown"


def by_tag(field: str, tags: Collection[str], default: str | None = None) -> Discriminator:
    """The discriminator: the tag is the value of `field` (`default` when it is left out)."""

    def tag_of(value: Any) -> str | None:
        tag = value.get(field, default) if isinstance(value, dict) else getattr(
            value, field, default)
        if isinstance(tag, int) and not isinstance(tag, bool):
            return str(tag)  # a number tells the shape apart by its text (`regulation_id`)
        return tag if isinstance(tag, str) else None

    names = ", ".join(tag if tag.isdigit() else repr(tag) for tag in tags)
    return Discriminator(tag_of, custom_error_type=UNKNOWN_TAG,
                         custom_error_message=f"{field} must be one of {names}")


def untagged(field: str, tags: Collection[str]) -> WrapValidator:
    """Errors located as the schema spells them: the chosen shape's tag dropped from their
    locations, an unknown tag put at the tag field."""
    known = frozenset(tags)

    def validate(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError as error:
            details = [_located(e, field, known) for e in error.errors(include_url=False)]
            raise ValidationError.from_exception_data(error.title, details) from None

    return WrapValidator(validate)


def _located(error: ErrorDetails, field: str, tags: frozenset[str]) -> InitErrorDetails:
    loc = error["loc"]
    if loc and loc[0] in tags:
        loc = loc[1:]
    elif not loc and error["type"] == UNKNOWN_TAG:
        loc = (field,)
    # the message as pydantic wrote it, braces kept literally
    template = error["msg"].replace("{", "{{").replace("}", "}}")
    return InitErrorDetails(type=PydanticCustomError(error["type"], template), loc=loc,
                            input=error["input"])

