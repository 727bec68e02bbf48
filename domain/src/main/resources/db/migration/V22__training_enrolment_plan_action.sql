-- Issue 17: an enrolment made from a POP action ("volg module X"); attending the module marks that action done.
alter table training_enrolment add column plan_action_id bigint references plan_action (id);
