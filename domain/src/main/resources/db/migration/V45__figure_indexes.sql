-- Issue 20: the figures count in the database by the dates of what happened (be.actraject.domain.figures); an index
-- on each date a figure selects a period by, that V1 and V42 do not index yet, so that a period's figure reads that
-- period's rows and not the whole history. Plain column indexes, as V42: what H2 and PostgreSQL both accept.
create index ix_trajectory_phase_ended on trajectory_phase (ended_on, phase);
create index ix_timeline_kind_occurred on timeline_entry (kind, occurred_at);
create index ix_collective_session_starts on collective_session (starts_at);
create index ix_trajectory_pre_invoicing_limit on trajectory (pre_invoicing_limit);
create index ix_trajectory_invoicing_limit on trajectory (invoicing_limit);
create index ix_invoice_issued_trajectory on invoice (trajectory_id, issued_on);
