"""Read model `intake_applications`: one row per application, rebuilt from its stream.

Each event of an application refolds that application's few events (`views.application_of`) and
upserts the row; the fold is the same one `GET /applications/{id}` answers from, so the list and
the detail never disagree.
"""

from contracts.envelope import Envelope
from contracts.intake_events import REGISTRY
from eventkit import store
from eventkit.projections import Projection, Writes

from .views import application_of

_UPSERT = """
INSERT INTO intake_applications (application_id, receipt_number, regulation_id, sub_service,
    channel, status, organisation_id, district, rural_district, submitted_at, forward_due,
    forwarded_at, provider_id, result_due, collect_by, version, view)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb)
ON CONFLICT (application_id) DO UPDATE SET
    status = EXCLUDED.status, forwarded_at = EXCLUDED.forwarded_at,
    provider_id = EXCLUDED.provider_id, collect_by = EXCLUDED.collect_by,
    version = EXCLUDED.version, view = EXCLUDED.view
WHERE intake_applications.version < EXCLUDED.version
"""


async def refresh(db: Writes, envelope: Envelope) -> None:
    if envelope.event_type not in REGISTRY:
        return
    view = application_of(await store.load(db, envelope.stream_id))  # type: ignore[arg-type]
    if view is None:
        return
    receipt, result = view.receipt, view.result
    await db.execute(
        _UPSERT, view.application_id, receipt.receipt_number, view.regulation_id,
        view.sub_service, view.channel, view.status, view.organisation_id, view.district,
        view.rural_district, receipt.issued_at, receipt.forward_due, view.forwarded_at,
        view.provider.organisation_id if view.provider else None, receipt.result_due,
        result.collect_by if result else None, view.version, view.model_dump_json(),
    )


APPLICATIONS = Projection(name="intake_applications", tables=["intake_applications"],
                          every_event=refresh)
PROJECTIONS = [APPLICATIONS]
