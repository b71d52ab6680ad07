"""The printable receipt: one self-contained HTML page a front office can print and hand out."""

from datetime import datetime
from html import escape

from contracts.calendar import OFFICE_HOURS
from contracts.catalogue import load_catalogue

from .views import ReceiptView

_STYLE = (
    "body{font-family:serif;max-width:42em;margin:2em auto}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:.3em}"
    "h1{font-size:1.3em}.muted{color:#555}@media print{.muted{color:#000}}"
)


def regulation_name(regulation_id: int, catalogue_version: str) -> tuple[str, str]:
    for catalogue in load_catalogue().versions:
        if catalogue.version.id == catalogue_version:
            name = catalogue.regulation(regulation_id).name
            return name.kk, name.en
    return "", f"regulation {regulation_id}"


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(OFFICE_HOURS["state_corporation"].zone).strftime("%d.%m.%Y %H:%M")


def render_html(receipt: ReceiptView) -> str:
    kk, en = regulation_name(receipt.regulation_id, receipt.catalogue_version)
    person = receipt.applicant
    title = ("Receipt of acceptance of documents" if receipt.kind == "receipt"
             else "Receipt of refusal to accept documents")
    rows = "".join(
        f"<tr><td>{i}</td><td>{escape(d.title or d.kind)}</td><td>{d.originals}</td>"
        f"<td>{d.copies}</td><td>{d.pages or ''}</td></tr>"
        for i, d in enumerate(receipt.documents, start=1)
    )
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)} "
        f"{escape(receipt.receipt_number)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)} No. {escape(receipt.receipt_number)}</h1>",
        f"<p><b>{escape(en)}</b><br><span class='muted'>{escape(kk)}</span></p>",
        f"<p>Date and time: {_when(receipt.issued_at)}<br>"
        f"Organisation: {escape(receipt.issued_by.organisation_id)}"
        f" ({escape(receipt.issued_by.kind.value)})<br>"
        f"Employee: {escape(receipt.operator.person_id)}</p>",
        f"<p>Applicant: {escape(person.last_name)} {escape(person.first_name)} "
        f"{escape(person.middle_name or '')}, IIN {escape(person.iin)}</p>",
        "<table><tr><th>#</th><th>Document</th><th>Originals</th><th>Copies</th><th>Pages</th>"
        f"</tr>{rows}</table>",
    ]
    if receipt.act is not None:
        act = receipt.act
        parts.append(f"<p class='muted'>Under {escape(act.act)}"
                     + (f", as amended by {escape(act.edition)}" if act.edition else "")
                     + (f"; repealed by {escape(act.repealed_by)}" if act.repealed_by else "")
                     + (f"; kept running by {escape(act.continued_by)}" if act.continued_by
                        else "") + "</p>")
    if receipt.kind == "receipt":
        parts.append(f"<p>The result is due by: <b>{_when(receipt.result_due)}</b></p>")
        if receipt.provisional_calendar:
            years = ", ".join(map(str, receipt.provisional_calendar))
            parts.append(f"<p>The working-time calendar of {years} is not yet official: this "
                         "date may move when the official calendar is published.</p>")
        if receipt.notice:
            parts.append(f"<p><b>{escape(receipt.notice)}</b></p>")
    else:
        missing = "".join(f"<li>{escape(m.title)}</li>" for m in receipt.missing_documents)
        reasons = "".join(f"<li>{escape(r.title)}</li>" for r in receipt.reasons)
        basis = (f"Standard, paragraph {receipt.standard_paragraph}"
                 if receipt.standard_paragraph else "the Standard of the state service")
        parts.append(f"<p>The documents are not accepted on the grounds of {escape(basis)}:</p>"
                     f"<ul>{reasons}</ul>")
        if missing:
            parts.append(f"<p>Missing documents:</p><ul>{missing}</ul>")
    parts.append("<p class='muted'>Signature of the employee: ____________ "
                 "Signature of the applicant: ____________</p></body></html>")
    return "".join(parts)
