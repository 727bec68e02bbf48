-- The language a customer's invoices, credit notes and reminders are written in (nl, fr, en). Customers recorded
-- before had every document in Dutch, so they keep that.
ALTER TABLE customer ADD COLUMN language VARCHAR(2) DEFAULT 'nl' NOT NULL;
