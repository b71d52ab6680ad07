"""The SLA dashboard: on time, late and open per district and regulation, p50/p90 working days,
charts drawn on the server, and every figure a link into the filtered queue."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from ..charts import Bar, stacked_bars
from ..i18n import gettext as _
from ..rendering import pages_of
from ..vocabulary import DISTRICTS, label
from ..web import Caller

router = APIRouter()


def _sum(rows: list[dict[str, Any]], key: str) -> int:
    return sum(int(r[key]) for r in rows)


@router.get("/sla", response_class=HTMLResponse)
async def dashboard(request: Request, who: Caller, district: str = "",
                    regulation_id: str = "") -> HTMLResponse:
    rows = await who.api.sla(district=district or None,
                             regulation_id=int(regulation_id) if regulation_id.isdigit() else None)
    series = (_("On time"), _("Late"), _("Open, on time"), _("Open, overdue"))

    def bar(name: str, part: list[dict[str, Any]], href: str) -> Bar:
        open_overdue = _sum(part, "open_overdue")
        return Bar(name, (_sum(part, "on_time"), _sum(part, "late"),
                          _sum(part, "open") - open_overdue, open_overdue), href)

    districts = sorted({r["district"] or "" for r in rows})
    regulations = sorted({r["regulation_id"] for r in rows})
    by_district = [bar(label(DISTRICTS, d) if d else "—",
                       [r for r in rows if (r["district"] or "") == d],
                       f"/queue?view=all&district={d}") for d in districts]
    by_regulation = [bar(f"{_('Regulation')} {n}", [r for r in rows if r["regulation_id"] == n],
                         f"/queue?view=all&regulation_id={n}") for n in regulations]
    return pages_of(request).render(
        request, "sla/dashboard.html", rows=rows, series=series, district=district,
        regulation_id=regulation_id, totals={k: _sum(rows, k) for k in
                                             ("on_time", "late", "open", "open_overdue")},
        district_chart=Markup(stacked_bars(_("Cases per district"), series, by_district)),
        regulation_chart=Markup(stacked_bars(_("Cases per regulation"), series, by_regulation)),
        by_district=by_district, by_regulation=by_regulation)
