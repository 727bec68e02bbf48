-- Issue 13, tester's findings. Same rule as V1: only what H2 and PostgreSQL both accept.

-- An issued invoice or credit note keeps the cooperative's details as they were at issue (Invoice.seller), so that a
-- change of the configuration (another IBAN, a new address) does not change a document already sent.
-- Invoices issued before this migration get them at their first read (InvoiceDocuments.of), from the configuration of
-- that moment: SQL cannot read the application's configuration.
alter table invoice add column seller_name varchar(200);
alter table invoice add column seller_street varchar(200);
alter table invoice add column seller_postal_code varchar(20);
alter table invoice add column seller_city varchar(100);
alter table invoice add column seller_enterprise_number varchar(10);
alter table invoice add column seller_iban varchar(34);
alter table invoice add column seller_bic varchar(11);
alter table invoice add column seller_footer varchar(1000);

-- A Belgian business is VAT-registered (btw-plichtig, files periodic returns) or not: only a registered one has its
-- VAT number printed and may be invoiced under the domestic reverse charge (KB nr. 1 art. 20). Customers recorded
-- before were all given a VAT number, so they count as registered.
alter table customer add column vat_registered boolean default false not null;
update customer set vat_registered = true where vat_number is not null;
