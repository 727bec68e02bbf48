-- Issue 18, F1: a customer can be corrected now. An issued invoice or credit note keeps the customer as it was at
-- issue (Invoice.buyer, as Invoice.seller since V15), so that a correction does not change a document already sent.
-- No customer could be changed before this migration: the customers as they are now are those the documents issued
-- so far were issued to. Same rule as V1: only what H2 and PostgreSQL both accept.
alter table invoice add column buyer_name varchar(200);
alter table invoice add column buyer_street varchar(200);
alter table invoice add column buyer_postal_code varchar(20);
alter table invoice add column buyer_city varchar(100);
alter table invoice add column buyer_country_code varchar(2);
alter table invoice add column buyer_enterprise_number varchar(10);
alter table invoice add column buyer_vat_number varchar(40);
alter table invoice add column buyer_peppol_scheme varchar(10);
alter table invoice add column buyer_peppol_id varchar(60);
alter table invoice add column buyer_language varchar(2);

update invoice set
    buyer_name = (select c.name from customer c where c.id = invoice.customer_id),
    buyer_street = (select c.street from customer c where c.id = invoice.customer_id),
    buyer_postal_code = (select c.postal_code from customer c where c.id = invoice.customer_id),
    buyer_city = (select c.city from customer c where c.id = invoice.customer_id),
    buyer_country_code = (select c.country_code from customer c where c.id = invoice.customer_id),
    buyer_enterprise_number = (select c.enterprise_number from customer c where c.id = invoice.customer_id),
    buyer_vat_number = (select c.vat_number from customer c where c.id = invoice.customer_id),
    buyer_peppol_scheme = (select c.peppol_scheme from customer c where c.id = invoice.customer_id),
    buyer_peppol_id = (select c.peppol_id from customer c where c.id = invoice.customer_id),
    buyer_language = (select c.language from customer c where c.id = invoice.customer_id)
where status = 'ISSUED' and customer_id is not null;
