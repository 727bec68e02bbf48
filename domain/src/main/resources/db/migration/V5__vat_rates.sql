-- The VAT rates an invoice line may use, as data: a rate of zero carries the mention the invoice must show
-- (KB nr. 1, art. 5). A rate is never deleted: one no longer offered is closed with valid_until.
-- Same rule as V1: only what H2 and PostgreSQL both accept.

create table vat_rate (
    code                 varchar(20)   primary key,
    category             varchar(20)   not null,
    percent              numeric(5, 2) not null,
    exemption_reason     varchar(300),
    valid_from           date          not null,
    valid_until          date,
    position             integer       not null
);

insert into vat_rate (code, category, percent, exemption_reason, valid_from, valid_until, position) values
    ('21', 'STANDARD', 21.00, null, date '1996-01-01', null, 1),
    ('12', 'STANDARD', 12.00, null, date '1996-01-01', null, 2),
    ('6', 'STANDARD', 6.00, null, date '1996-01-01', null, 3),
    ('0-art44', 'EXEMPT', 0.00, 'Vrijgesteld van btw, art. 44 W.btw', date '1996-01-01', null, 4),
    ('0-medecontractant', 'REVERSE_CHARGE', 0.00,
     'Btw verlegd: medecontractant, art. 51 § 2 W.btw', date '1996-01-01', null, 5),
    ('0-eu-diensten', 'REVERSE_CHARGE', 0.00,
     'Btw verlegd, art. 21 § 2 W.btw en art. 196 Richtlijn 2006/112/EG', date '1996-01-01', null, 6),
    ('0-icl', 'INTRA_COMMUNITY', 0.00,
     'Vrijgestelde intracommunautaire levering, art. 39bis W.btw', date '1996-01-01', null, 7),
    ('0-uitvoer', 'EXPORT', 0.00, 'Vrijgestelde uitvoer, art. 39 W.btw', date '1996-01-01', null, 8);
