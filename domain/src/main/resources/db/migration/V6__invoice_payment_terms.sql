-- An issued invoice carries the structured communication its payment is recognised by, and its due date.
alter table invoice add column communication varchar(12);
alter table invoice add column due_on date;
