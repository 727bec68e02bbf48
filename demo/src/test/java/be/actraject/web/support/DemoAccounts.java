package be.actraject.web.support;

/** The demo data's accounts, as the tests sign in with them. */
public final class DemoAccounts {

    /**
     * The password of every demo account (the README's table says the same): as long as the product's minimum, which
     * holds for the demo too.
     */
    public static final String PASSWORD = "demo-traject";

    private DemoAccounts() {
    }
}
