package be.actraject.web.admin;

/** The length a repair's reason may have: the input's maxlength and the forms' {@code @Size}, well inside the audit. */
final class StuckLimits {

    static final int REASON = 500;

    private StuckLimits() {
    }
}
