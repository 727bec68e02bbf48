-- VAT cases complete (issue 13): each rate names its case and VATEX code, its mention in full; an invoice says when
-- and where it was supplied, and for the domestic reverse charge which kind of work it was.
-- Same rule as V1: only what H2 and PostgreSQL both accept.

alter table vat_rate add column exemption_code varchar(30);
alter table vat_rate add column vat_case varchar(40);
alter table vat_rate alter column exemption_reason set data type varchar(1000);

update vat_rate set vat_case = 'STANDARD' where category = 'STANDARD';
update vat_rate set vat_case = 'EXEMPT', exemption_code = 'VATEX-EU-132' where code = '0-art44';
-- KB nr. 1 art. 20 (as replaced by KB 26 October 2022, from 1 January 2023): the mention on the invoice, word for word.
update vat_rate set vat_case = 'REVERSE_CHARGE_DOMESTIC', exemption_code = 'VATEX-EU-AE',
    exemption_reason = 'Verlegging van heffing. Bij gebrek aan schriftelijke betwisting binnen een termijn van één maand '
        || 'na de ontvangst van de factuur, wordt de afnemer geacht te erkennen dat hij een belastingplichtige is '
        || 'gehouden tot de indiening van periodieke aangiften. Als die voorwaarde niet vervuld is, is de afnemer ten '
        || 'aanzien van die voorwaarde aansprakelijk voor de betaling van de verschuldigde belasting, interesten en '
        || 'geldboeten.'
    where code = '0-medecontractant';
update vat_rate set vat_case = 'REVERSE_CHARGE_EU_SERVICES', exemption_code = 'VATEX-EU-AE',
    exemption_reason = 'Verlegging van heffing: btw verschuldigd door de afnemer, art. 21, § 2 W.btw en art. 196 '
        || 'Richtlijn 2006/112/EG'
    where code = '0-eu-diensten';
update vat_rate set vat_case = 'INTRA_COMMUNITY_SUPPLY', exemption_code = 'VATEX-EU-IC',
    exemption_reason = 'Vrijgestelde intracommunautaire levering, art. 39bis W.btw'
    where code = '0-icl';
update vat_rate set vat_case = 'EXPORT', exemption_code = 'VATEX-EU-G',
    exemption_reason = 'Uitvoer — vrijgesteld, art. 39 W.btw'
    where code = '0-uitvoer';
update vat_rate set vat_case = 'EXEMPT' where vat_case is null and category = 'EXEMPT';
update vat_rate set vat_case = 'REVERSE_CHARGE_DOMESTIC' where vat_case is null and category = 'REVERSE_CHARGE';
update vat_rate set vat_case = 'INTRA_COMMUNITY_SUPPLY' where vat_case is null and category = 'INTRA_COMMUNITY';
update vat_rate set vat_case = 'EXPORT' where vat_case is null and category = 'EXPORT';
alter table vat_rate alter column vat_case set not null;

-- A line keeps the whole rate it was written with: its code and case too.
alter table invoice_line add column exemption_code varchar(30);
alter table invoice_line add column vat_case varchar(40);
alter table invoice_line alter column exemption_reason set data type varchar(1000);
update invoice_line set exemption_code = (select r.exemption_code from vat_rate r where r.code = invoice_line.vat_code),
    vat_case = (select r.vat_case from vat_rate r where r.code = invoice_line.vat_code);
alter table quote_line add column exemption_code varchar(30);
alter table quote_line add column vat_case varchar(40);
alter table quote_line alter column exemption_reason set data type varchar(1000);
update quote_line set exemption_code = (select r.exemption_code from vat_rate r where r.code = quote_line.vat_code),
    vat_case = (select r.vat_case from vat_rate r where r.code = quote_line.vat_code);

-- The supply (EN 16931 BT-72, BT-73/74, BT-80) and, for the domestic reverse charge, the kind of work.
alter table invoice add column delivery_date date;
alter table invoice add column period_start date;
alter table invoice add column period_end date;
alter table invoice add column deliver_to_country varchar(2);
alter table invoice add column reverse_charge_work varchar(40);
