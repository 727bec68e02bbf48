/** The beans of the invoice-approval model: the facts its decision table weighs, and the issuing of the invoice. */
package be.actraject.bpmn.invoice;
