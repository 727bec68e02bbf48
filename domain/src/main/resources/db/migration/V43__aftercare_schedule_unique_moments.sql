-- Issue 17.
-- The aftercare schedule (the parameter aftercare-follow-ups, e.g. 'P3M,P6M,P12M') a trajectory's aftercare started
-- with: its timers were made from it, so the pages show its follow-ups from it, not from the parameter as changed
-- since. Null for an exit before this column (the pages then take the parameter's value valid on the exit day).
alter table trajectory add column aftercare_schedule varchar(200);

-- One moment of a module per start: a second one at the same start was a double click (listed twice, seats doubled).
-- Duplicates already stored are merged into the first: their enrolments move to it, then they go.
update training_enrolment set moment_id = (
    select min(o.id) from training_moment m join training_moment o
        on o.module_id = m.module_id and o.held_on = m.held_on and o.start_time = m.start_time
    where m.id = training_enrolment.moment_id)
where moment_id is not null;
delete from training_moment where exists (
    select 1 from training_moment o
    where o.module_id = training_moment.module_id and o.held_on = training_moment.held_on
      and o.start_time = training_moment.start_time and o.id < training_moment.id);
create unique index ux_training_moment_start on training_moment (module_id, held_on, start_time);
