-- An invoice may name one of the candidate's recorded customers; its documents (PDF, Peppol UBL) need one.
alter table invoice add column customer_id bigint references customer (id);
