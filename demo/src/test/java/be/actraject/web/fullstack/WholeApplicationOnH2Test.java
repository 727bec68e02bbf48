package be.actraject.web.fullstack;

/** {@link WholeApplicationContract} on the embedded H2 database. */
@FullStackTest
class WholeApplicationOnH2Test extends WholeApplicationContract {
}
