-- Applicant notices an extension owes (reg. 4: a written notice within 2 working days): what the
-- deadline scheduler scans for notices not sent in time, and what the case detail and the inbox
-- show.
CREATE TABLE IF NOT EXISTS wf_notices (
    case_id       text NOT NULL,
    extension_id  text NOT NULL,
    due_at        timestamptz NOT NULL,
    notified_at   timestamptz,
    overdue       boolean NOT NULL DEFAULT false,  -- NoticeOverdue was said
    PRIMARY KEY (case_id, extension_id)
);
CREATE INDEX IF NOT EXISTS wf_notices_pending ON wf_notices (due_at)
    WHERE notified_at IS NULL AND NOT overdue;

-- Notices of cases projected before this table existed, from the case history: the first
-- extension owing one, and the notice sent after it, if any (no NoticeOverdue was said yet).
INSERT INTO wf_notices (case_id, extension_id, due_at, notified_at)
SELECT t.case_id, t.payload->>'extension_id', (t.payload->>'notice_due')::timestamptz,
       (SELECT (n.payload->>'notified_at')::timestamptz FROM wf_history n
        WHERE n.case_id = t.case_id AND n.event_type = 'workflow.ApplicantNotified'
          AND n.payload->>'extension_id' = t.payload->>'extension_id'
          AND n.stream_version > t.stream_version
        ORDER BY n.stream_version LIMIT 1)
FROM wf_history t
WHERE t.event_type = 'workflow.TermExtended' AND t.payload->>'notice_due' IS NOT NULL
ORDER BY t.case_id, t.stream_version
ON CONFLICT (case_id, extension_id) DO NOTHING;
