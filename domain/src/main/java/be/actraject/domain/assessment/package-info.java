/**
 * The Entre-spiegel: the self-assessment of twelve entrepreneurial competencies in seven fields, taken with the
 * employment service. A candidate may be assessed more than once; the scale each assessment used is stored with it.
 */
package be.actraject.domain.assessment;
