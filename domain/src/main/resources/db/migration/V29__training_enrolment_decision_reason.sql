-- Issue 17: a coordinator who refuses an enrolment in a module that costs money says why.
alter table training_enrolment add column decision_reason varchar(2000);
