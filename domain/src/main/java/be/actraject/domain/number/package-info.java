/**
 * The kinds of number people type and documents print — money, quantities, hours, percentages — each with its
 * precision and its bounds, defined once here and used by the forms, the domain's checks, the PDFs and the UBL.
 */
package be.actraject.domain.number;
