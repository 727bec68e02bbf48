-- Aftercare that follows the entrepreneur: the day the reported situation started (self-employed, in a cooperative,
-- salaried, stopped...). Follow-ups recorded before this column have none: they read as "since unknown".
alter table aftercare_contact add column situation_since date;
