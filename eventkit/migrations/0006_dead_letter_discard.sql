-- An operator who has reviewed a dead letter and found it must never apply (a forged event, a
-- message of a retired producer) discards it: it stays on record, resolved, with why.
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS resolution text;
UPDATE dead_letters SET resolution = 'applied on retry'
 WHERE resolved_at IS NOT NULL AND resolution IS NULL;
