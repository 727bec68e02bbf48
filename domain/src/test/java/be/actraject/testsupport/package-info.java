/** Test support shared by the modules' tests (published as the domain module's test jar). */
package be.actraject.testsupport;
