/**
 * The exploration's refinement deliverables — business cards, folder, website, product list, price list and the
 * business plan — and how far each has come.
 */
package be.actraject.domain.exploration;
