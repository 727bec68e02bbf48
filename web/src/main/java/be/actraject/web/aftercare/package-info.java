/** The aftercare follow-up screen. */
package be.actraject.web.aftercare;
