"""A printable A4 page for a document, with a QR code of its public verification link.

The QR code is drawn as vector squares (no raster image), so it prints sharp at any size.
"""

import io
import os
import threading
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from contracts.registry_events import DocumentKind

from .domain import TITLES

LOCAL = ZoneInfo("Asia/Almaty")
_FALLBACK = "Helvetica"  # Latin only: Cyrillic names need the TrueType font


_REGISTERING = threading.Lock()  # documents render in worker threads; register the font once


def font_for(path: str) -> str:
    """Register the TrueType font once; without it the PDF still renders (Latin glyphs only)."""
    name = "RegistryFont"
    with _REGISTERING:
        if name in pdfmetrics.getRegisteredFontNames():
            return name
        if not os.path.exists(path):
            return _FALLBACK
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def _day(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        value = value.astimezone(LOCAL).date()
    return value.strftime("%d.%m.%Y")


def lines_for(doc: Mapping[str, Any], periods: Sequence[Mapping[str, Any]]) -> list[str]:
    """The body of the document, as printed lines."""
    name = " ".join(p for p in (doc["last_name"], doc["first_name"], doc["middle_name"]) if p)
    lines = [
        f"No. {doc['number']}    issued {_day(doc['issued_at'])}",
        f"Holder: {name}",
        f"IIN/BIN: {doc['holder_key']}",
        f"Issued by: {doc['organisation_id']}",
        f"Decision: {doc['decision_reference']}",
    ]
    if doc["replaces"] or doc["replaces_number"]:
        lines.append(f"DUPLICATE ({doc['replace_reason']}); replaces "
                     f"{doc['replaces_number'] or 'the earlier document'}")
    if doc["valid_from"] or doc["valid_until"]:
        lines.append(f"Valid from {_day(doc['valid_from'])} until {_day(doc['valid_until'])}")
    for period in periods:
        lines.append(f"Zone {period['zone']}: {period['from_year']}-{period['to_year']}, "
                     f"{period['place']} ({period['kind']})")
    details = doc["details"] or {}
    if doc["kind"] == DocumentKind.TSA_MEMBERSHIP_CERTIFICATE.value:
        belongs = "belongs" if details.get("belongs") else "does not belong"
        lines.append(f"The family {belongs} to the recipients of targeted social assistance "
                     f"as of {details.get('as_of', '-')}")
    if doc["kind"] == DocumentKind.FOREIGN_LABOUR_PERMIT.value:
        lines.append(f"Variant: {details.get('variant', '-')}; workers: "
                     f"{details.get('workers', '-')}")
    return lines


def _qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    matrix = segno.make(url, error="m").matrix
    cell = size / len(matrix)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                canvas.rect(x + col * cell, y + size - (row + 1) * cell, cell, cell,
                            stroke=0, fill=1)


def render(
    doc: Mapping[str, Any], periods: Sequence[Mapping[str, Any]], url: str, font_path: str
) -> bytes:
    font = font_for(font_path)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{TITLES[DocumentKind(doc['kind'])]} {doc['number']}")
    width, height = A4
    canvas.setFont(font, 15)
    canvas.drawString(20 * mm, height - 30 * mm, TITLES[DocumentKind(doc["kind"])])
    canvas.setFont(font, 11)
    y = height - 45 * mm
    for line in lines_for(doc, periods):
        canvas.drawString(20 * mm, y, line[:110])
        y -= 7 * mm
    _qr(canvas, url, width - 60 * mm, 25 * mm, 40 * mm)
    canvas.setFont(font, 8)
    canvas.drawString(20 * mm, 30 * mm, "Check this document: scan the code or open")
    canvas.drawString(20 * mm, 25 * mm, url)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
