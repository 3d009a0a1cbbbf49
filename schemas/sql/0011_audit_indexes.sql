-- The audit trail filtered by date and by user (issue 8 item 5) at the size of an office's years of
-- changes: without these, every filter reads the whole trail.
CREATE INDEX audit_at_idx ON audit_log(at);
CREATE INDEX audit_actor_idx ON audit_log(actor);
