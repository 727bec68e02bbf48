-- Issue 17, sector groups that end and meetings that move or do not take place. A closed group stays readable with
-- its members and meetings (its history); a cancelled meeting keeps its row so the group's page can say so, and
-- leaves the agenda and the calendar feeds as a cancelled planned conversation does.
alter table sector_group add column closed_on date;
alter table sector_group add column closed_by varchar(64);

alter table sector_meeting add column cancelled_at timestamp with time zone;
alter table sector_meeting add column cancelled_by varchar(64);
