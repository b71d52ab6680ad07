"""structlog set-up: JSON when not on a terminal, a correlation id, and no IIN or name in clear."""

import logging
import re
import sys
from collections.abc import MutableMapping
from contextvars import ContextVar
from typing import Any

import structlog

from contracts.iin import mask_iin

correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)

_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_NAME_KEYS = frozenset(
    {"name", "first_name", "last_name", "middle_name", "patronymic", "full_name", "holder_name"}
)


def mask_iins(text: str) -> str:
    """Any free-standing 12-digit number is treated as an IIN and masked as contracts.iin does."""
    return _IIN.sub(lambda found: mask_iin(found.group()), text)


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return mask_iins(value)
    if isinstance(value, dict):
        return {k: "***" if k in _NAME_KEYS else _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value


def scrub_personal_data(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> dict[str, Any]:
    return {key: _scrub(value) if key not in _NAME_KEYS else "***"
            for key, value in event_dict.items()}


def add_correlation_id(
    _: Any, __: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    cid = correlation_id.get()
    if cid is not None:
        event_dict.setdefault("correlation_id", cid)
    return event_dict


def configure_logging(service: str, json: bool | None = None, level: str = "INFO") -> None:
    as_json = (not sys.stderr.isatty()) if json is None else json
    renderer: Any = (
        structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            add_correlation_id,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            scrub_personal_data,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        # the stream is looked up at each use, so a replaced sys.stderr (tests) is honoured
        logger_factory=lambda *_: structlog.PrintLogger(sys.stderr),
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.bind_contextvars(service=service)


def get_logger(name: str | None = None) -> Any:
    return structlog.get_logger(name)
