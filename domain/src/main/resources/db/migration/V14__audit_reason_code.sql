-- Why something was refused, unlocked or restored, as a code and its arguments rather than English text: the audit page
-- says it in the reader's language (messages audit.reason.<code>). Arguments are separated by the unit separator
-- (U+001F). Entries written before keep their text in detail.
alter table audit_entry add column reason_code varchar(40);
alter table audit_entry add column reason_arguments varchar(2000);
