-- Issue 13: where a supply is taxed. Same rule as V1: only what H2 and PostgreSQL both accept.

-- Goods or services (SupplyKind): a service to a business abroad is taxed where that business is established (W.btw
-- art. 21 § 2), goods where they are handed over (art. 14). Invoices written before were services, except those with
-- an intra-community supply or an export line, which only goods can be (art. 39bis, 39).
alter table invoice add column supply_kind varchar(30) default 'SERVICES' not null;
update invoice set supply_kind = 'GOODS' where exists (select 1 from invoice_line l
    where l.invoice_id = invoice.id and l.vat_case in ('INTRA_COMMUNITY_SUPPLY', 'EXPORT'));

-- A service to a business outside the European Union: not subject to Belgian VAT, and no EU reverse charge either
-- (W.btw art. 21 § 2). EN 16931 category O, exemption code VATEX-EU-O.
insert into vat_rate (code, category, percent, exemption_reason, valid_from, valid_until, position, exemption_code,
                      vat_case) values
    ('0-buiten-eu-diensten', 'NOT_SUBJECT', 0.00,
     'Niet onderworpen aan de Belgische btw: dienst aan een onderneming buiten de Europese Unie, plaats van de dienst '
         || 'bij de afnemer, art. 21, § 2 W.btw', date '1996-01-01', null, 9, 'VATEX-EU-O', 'NOT_SUBJECT');
