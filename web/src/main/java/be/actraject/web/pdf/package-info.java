/**
 * The printed documents — quotes, invoices and credit notes, the Entre-spiegel development report and the monthly
 * extra-earnings statement: one renderer ({@code Pdfs}), one layout with the cooperative's letterhead and footer
 * ({@code templates/pdf/layout.html}), one embedded font that prints every name ({@code PdfFonts}) and one way of
 * writing numbers in the document's language ({@code DocumentFigures}). The features render their own templates
 * through it.
 */
package be.actraject.web.pdf;
