package be.actraject.testsupport;

/** Whether the tests run in CI, where no test may be skipped for want of a service or a browser. */
public final class CiEnvironment {

    private CiEnvironment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
