package be.actraject.domain.customer;

import java.util.Arrays;
import java.util.Locale;

/**
 * The language a customer reads the documents and mails addressed to it in: Dutch, French or English, as a Belgian
 * business writes to its customers. Kept as its code ({@code nl}, {@code fr}, {@code en}).
 */
public enum CustomerLanguage {
    NL("nl-BE"),
    FR("fr-BE"),
    // The English the application speaks (1,234.50), as its English screens do.
    EN("en");

    private final Locale locale;

    CustomerLanguage(String tag) {
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The code as stored: {@code nl}, {@code fr} or {@code en}. */
    public String code() {
        return locale.getLanguage();
    }

    /** The locale its documents are written in: Belgian Dutch and French, so amounts follow the Belgian usage. */
    public Locale locale() {
        return locale;
    }

    /** The language of a stored code; an unknown one (none recorded) is the cooperative's own, Dutch. */
    public static CustomerLanguage ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst().orElse(NL);
    }
}
