-- Issue 19: the agenda reads each kind of entry by the period's days (be.actraject.domain.agenda.PeriodEntries), not
-- by the caseload's trajectory ids. The dates it selects by that V1, V42 and V45 do not index yet: the "next
-- conversation" day of a report, the day of a training moment (ix_training_moment_module starts with the module), the
-- moment of an enrolment, and the group of a learning-group member (the agenda asks which of the period's groups a
-- coach's candidate joined). Plain column indexes, as V42: what H2 and PostgreSQL both accept.
create index ix_conversation_next_planned on individual_conversation (next_planned_on);
create index ix_training_moment_held on training_moment (held_on);
create index ix_training_enrolment_moment on training_enrolment (moment_id);
create index ix_learning_group_member_group on learning_group_member (group_id);
