"""Pages from Jinja templates, in the request's language, with what every page shows.

One Jinja environment for the process (Starlette 1.x's `Jinja2Templates` no longer takes the
options, so it is built here); gettext comes from the request's language through a context
variable. Every page gets the signed-in person, the CSRF token for its forms, the language
switch, the screens the person may use and the formatting filters.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from contracts.iin import mask_iin

from . import i18n, vocabulary
from .deadlines import GROUP_TITLES
from .facts import Message
from .sessions import session_of

PROVIDER_KINDS = {"district_department", "rural_akim", "employment_centre", "oblast_department"}


@dataclass(frozen=True)
class Screen:
    href: str
    title: str
    roles: frozenset[str]
    kinds: frozenset[str]


SCREENS = (
    Screen("/front-office", i18n.N_("Front office"),
           frozenset({"operator", "office_clerk", "system"}),
           frozenset({"state_corporation", "rural_akim", "employment_centre", "portal"})),
    Screen("/queue", i18n.N_("Work queue"),
           frozenset({"office_clerk", "head", "responsible_executor", "auditor"}),
           frozenset(PROVIDER_KINDS)),
    Screen("/registry", i18n.N_("Registry"),
           frozenset({"registry_officer", "head", "responsible_executor", "auditor"}),
           frozenset({"district_department", "oblast_department", "rural_akim"})),
    Screen("/payments", i18n.N_("Payments"),
           frozenset({"payments_officer", "head", "auditor"}),
           frozenset({"district_department", "oblast_department"})),
    Screen("/sla", i18n.N_("SLA dashboard"), frozenset({"head", "auditor"}),
           frozenset(PROVIDER_KINDS)),
)


def screens_for(principal: Mapping[str, Any] | None) -> list[Screen]:
    if principal is None:
        return []
    return [s for s in SCREENS if principal["role"] in s.roles and principal["kind"] in s.kinds]


def say(message: Message | str) -> str:
    """A message with its values, translated (string values are labels: translated too)."""
    if isinstance(message, str):
        return i18n.gettext(message)
    values = {k: i18n.gettext(v) if isinstance(v, str) else v
              for k, v in message.values.items()}
    return i18n.gettext(message.text).format(**values)


def environment() -> jinja2.Environment:
    folder = str(resources.files("services.console").joinpath("templates"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder),
                             autoescape=jinja2.select_autoescape(["html", "svg"]),
                             extensions=["jinja2.ext.i18n"],
                             trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(i18n.FILTERS)
    env.filters["mask"] = mask_iin
    env.globals.update(
        label=vocabulary.label, say=say, v=vocabulary, group_titles=GROUP_TITLES,
        languages=i18n.LANGUAGES, language_names=i18n.NAMES,
    )
    return env


class Pages:
    def __init__(self, env: jinja2.Environment, clock: Any) -> None:
        self.env, self.clock = env, clock

    def context(self, request: Request) -> dict[str, Any]:
        session = session_of(request)
        now: datetime = self.clock()
        principal = session.principal if session.signed_in else None
        return {
            "request": request, "lang": i18n.language(), "principal": principal,
            "csrf": session.csrf, "screens": screens_for(principal),
            "path": request.url.path, "now": now, "today": i18n.local(now).date(),
            "notice": session.take_notice(),
            "idle_minutes": request.app.state.settings.idle_minutes,
        }

    def render(self, request: Request, template: str, status: int = 200,
               headers: Mapping[str, str] | None = None, **values: Any) -> HTMLResponse:
        # outside production a page names its template, for the test that every template is
        # checked by axe somewhere
        named = {} if request.app.state.settings.production else {"template_name": template}
        body = self.env.get_template(template).render({**self.context(request), **named,
                                                       **values})
        return HTMLResponse(body, status_code=status, headers=dict(headers or {}))

    def fragment(self, request: Request, template: str, block: str, **values: Any) -> HTMLResponse:
        """One block of a page, for an htmx swap (the page itself renders it in place)."""
        tmpl = self.env.get_template(template)
        ctx = tmpl.new_context({**self.context(request), **values})
        return HTMLResponse("".join(tmpl.blocks[block](ctx)))


def pages_of(request: Request) -> Pages:
    pages: Pages = request.app.state.pages
    return pages
