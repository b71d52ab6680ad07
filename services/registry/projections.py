"""Read models: the register, conflicts, documents (with their chain) and the lookup audit."""

import json

from contracts.envelope import Envelope
from contracts.registry_events import (
    REGISTRY,
    DocumentIssued,
    DocumentOverdue,
    DocumentReplaced,
    DocumentRequested,
    DocumentRevoked,
    PersonRegistered,
    RegistrationAnnulled,
    RegistrationConflict,
    VerificationLookedUp,
)
from eventkit.projections import Projection, Writes


async def person_registered(db: Writes, e: PersonRegistered, env: Envelope) -> None:
    await db.execute(
        "INSERT INTO register_entries (holder_id, iin, last_name, first_name, middle_name,"
        " periods, district, organisation_id, case_id, decision_reference, decided_at, status)"
        " VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7,$8,$9,$10,$11,'registered')"
        " ON CONFLICT (holder_id) DO UPDATE SET last_name = EXCLUDED.last_name,"
        " first_name = EXCLUDED.first_name, middle_name = EXCLUDED.middle_name,"
        " periods = EXCLUDED.periods, district = EXCLUDED.district,"
        " organisation_id = EXCLUDED.organisation_id, case_id = EXCLUDED.case_id,"
        " decision_reference = EXCLUDED.decision_reference, decided_at = EXCLUDED.decided_at,"
        " status = 'registered', annul_reason = NULL, annulled_at = NULL",
        e.holder_id, e.iin, e.name.last_name, e.name.first_name, e.name.middle_name,
        json.dumps([p.model_dump() for p in e.periods]), e.provider.district,
        e.provider.organisation_id, e.case_id, e.decision_reference, e.decided_at,
    )


async def registration_annulled(db: Writes, e: RegistrationAnnulled, env: Envelope) -> None:
    await db.execute(
        "UPDATE register_entries SET status = 'annulled', annul_reason = $2, annulled_at = $3"
        " WHERE holder_id = $1",
        e.holder_id, e.reason, e.annulled_at,
    )


async def registration_conflict(db: Writes, e: RegistrationConflict, env: Envelope) -> None:
    await db.execute(
        "INSERT INTO register_conflicts (event_id, holder_id, case_id, decision_reference,"
        " organisation_id, district, rural_district, registered_case_id, registered_district,"
        " detected_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT DO NOTHING",
        env.event_id, e.holder_id, e.case_id, e.decision_reference,
        e.provider.organisation_id, e.provider.district, e.provider.rural_district,
        e.registered_case_id, e.registered_district, e.detected_at,
    )


async def document_requested(db: Writes, e: DocumentRequested, env: Envelope) -> None:
    a = e.authority
    await db.execute(
        "INSERT INTO documents (document_id, holder_id, holder_key, last_name, first_name,"
        " middle_name, kind, regulation_id, case_id, decision_reference, organisation_id,"
        " organisation_kind, district, rural_district, status, requested_at, due_at,"
        " valid_from, valid_until, replaces, replaces_number, replace_reason, details)"
        " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'requested',$15,$16,$17,$18,"
        " $19,$20,$21,$22::jsonb) ON CONFLICT (document_id) DO NOTHING",
        e.document_id, e.holder_id, e.holder_key, e.holder_name.last_name,
        e.holder_name.first_name, e.holder_name.middle_name, e.kind.value, e.regulation_id,
        e.case_id, e.decision_reference, a.organisation_id, a.kind.value, a.district,
        a.rural_district, e.requested_at, e.due_at, e.valid_from, e.valid_until, e.replaces,
        e.replaces_number, e.replace_reason.value if e.replace_reason else None,
        json.dumps(e.details),
    )


async def document_issued(db: Writes, e: DocumentIssued, env: Envelope) -> None:
    await db.execute(
        "UPDATE documents SET status = 'issued', number = $2, year = $3, sequence = $4,"
        " verification_code = $5, issued_at = $6, issued_by = $7 WHERE document_id = $1",
        e.document_id, e.number, e.year, e.sequence, e.verification_code, e.issued_at,
        env.actor.person_id,
    )


async def document_replaced(db: Writes, e: DocumentReplaced, env: Envelope) -> None:
    await db.execute(
        "UPDATE documents SET status = 'replaced', replaced_by = $2, invalid_reason = $3,"
        " invalidated_by = $4, invalidated_at = $5 WHERE document_id = $1",
        e.document_id, e.replaced_by, e.reason.value, env.actor.person_id, e.replaced_at,
    )


async def document_revoked(db: Writes, e: DocumentRevoked, env: Envelope) -> None:
    await db.execute(
        "UPDATE documents SET status = 'revoked', invalid_reason = $2, invalidated_by = $3,"
        " invalidated_at = $4 WHERE document_id = $1",
        e.document_id, e.reason, env.actor.person_id, e.revoked_at,
    )


async def document_overdue(db: Writes, e: DocumentOverdue, env: Envelope) -> None:
    await db.execute("UPDATE documents SET overdue = true WHERE document_id = $1", e.document_id)


async def verification_looked_up(db: Writes, e: VerificationLookedUp, env: Envelope) -> None:
    await db.execute(
        "INSERT INTO verification_audit (lookup_id, method, answer, document_id, client,"
        " looked_up_at) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING",
        e.lookup_id, e.method, e.answer, e.document_id, e.client, e.looked_up_at,
    )


REGISTER = Projection(
    name="registry.register",
    tables=("register_entries", "register_conflicts"),
    registry=REGISTRY,
    handlers={
        PersonRegistered: person_registered,
        RegistrationAnnulled: registration_annulled,
        RegistrationConflict: registration_conflict,
    },
)

DOCUMENTS = Projection(
    name="registry.documents",
    tables=("documents",),
    registry=REGISTRY,
    handlers={
        DocumentRequested: document_requested,
        DocumentIssued: document_issued,
        DocumentReplaced: document_replaced,
        DocumentRevoked: document_revoked,
        DocumentOverdue: document_overdue,
    },
)

AUDIT = Projection(
    name="registry.verification_audit",
    tables=("verification_audit",),
    registry=REGISTRY,
    handlers={VerificationLookedUp: verification_looked_up},
)

PROJECTIONS = (REGISTER, DOCUMENTS, AUDIT)
