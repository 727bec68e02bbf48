-- Issue 19: an index for every filter and sort of the flat lists that had none, so that a page reads the rows it
-- shows rather than the whole table (checked with EXPLAIN on PostgreSQL by ListIndexesOnPostgresTest, on 20,000 rows).
-- Same rule as V1: only what H2 and PostgreSQL both accept — plain column indexes, no expressions, no partial ones.
-- A text found anywhere in a column (like '%x%': the search, the candidate list's and invoice book's search box, the
-- outbox's recipient) can use no such index: those read the table they search (README, issue 19).

-- The candidate list sorted by entry date (either way: PostgreSQL reads an index backwards); the aftercare and exited
-- statuses by exit date; the running statuses by phase among those without an exit.
create index ix_trajectory_start_date on trajectory (start_date, id);
create index ix_trajectory_end_date on trajectory (end_date);
create index ix_trajectory_status on trajectory (exit_type, phase);
-- A candidate's latest trajectory (the caseload rule: no later one) without reading the table.
create index ix_trajectory_candidate_latest on trajectory (candidate_id, id);

-- The invoice book: its order (not issued first, then the newest: issued_on desc nulls first, number, id) and the
-- period filter; the customer filter and the customers to choose from; the status filter (awaiting approval, sent back).
create index ix_invoice_book_order on invoice (issued_on, number, id);
create index ix_invoice_customer_name on invoice (customer_name);
create index ix_invoice_status on invoice (status, kind);

-- The bank lines to review are shown with the payments booked from them, found by the line's reference.
create index ix_payment_reference on invoice_payment (reference);

-- The outbox: newest first, whole or by subject (the state filter has ix_mail_message_due).
create index ix_mail_message_created on mail_message (created_at, id);
create index ix_mail_message_about on mail_message (about, created_at);
