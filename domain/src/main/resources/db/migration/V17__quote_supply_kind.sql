-- Issue 13: a quote says goods or services, like an invoice (V16), so that its VAT cases are checked when it is saved
-- and the invoice made from it says the same. Quotes written before were services, except those with an
-- intra-community supply or an export line, which only goods can be (W.btw art. 39bis, 39).
alter table quote add column supply_kind varchar(30) default 'SERVICES' not null;
update quote set supply_kind = 'GOODS' where exists (select 1 from quote_line l
    where l.quote_id = quote.id and l.vat_case in ('INTRA_COMMUNITY_SUPPLY', 'EXPORT'));
