-- The case list: where a case stands (in progress, decided and waiting to be issued, issued)
-- and the orderings and filters the list uses.

ALTER TABLE wf_cases ADD COLUMN IF NOT EXISTS phase text NOT NULL DEFAULT 'in_progress';

-- Cases projected before the column existed: their phase from the case history (the same rule
-- the projection applies: signed and not yet issued is decided; a non-final issue, reg. 16's
-- stage 1, puts the case back in progress).
UPDATE wf_cases c SET phase = CASE
    WHEN c.status = 'closed' THEN 'issued'
    WHEN (SELECT h.event_type FROM wf_history h
          WHERE h.case_id = c.case_id
            AND h.event_type IN ('workflow.DecisionSigned', 'workflow.ResultIssued')
          ORDER BY h.stream_version DESC LIMIT 1) = 'workflow.DecisionSigned' THEN 'decided'
    ELSE 'in_progress'
END;

-- the default order (by the case's due time) and the usual filters within a district
CREATE INDEX IF NOT EXISTS wf_cases_due ON wf_cases (case_due, case_id);
CREATE INDEX IF NOT EXISTS wf_cases_listing ON wf_cases (district, regulation_id, phase);
