package be.actraject.domain.mail;

import java.net.IDN;
import java.util.Optional;

/**
 * E-mail addresses as plain SMTP carries them. A domain in another script ({@code örnek.test}) has an ASCII form
 * ({@code xn--rnek-4qa.test}, IDNA) that every server accepts; a local part in another script ({@code çağrı@…}) has
 * none: only a server chain that speaks SMTPUTF8 end to end delivers it, and a server that does not may just drop the
 * connection ("Broken pipe"). So such addresses are refused where they are typed, and the domain is written in ASCII
 * when sending.
 */
public final class MailAddresses {

    private MailAddresses() {
    }

    /** Whether the address can go by plain SMTP: an ASCII local part, and a domain with an ASCII form. */
    public static boolean sendable(String address) {
        return address == null || address.isBlank() || ascii(address).isPresent();
    }

    /** The address with its domain in ASCII (IDNA); empty when its local part is not ASCII or its domain invalid. */
    public static Optional<String> ascii(String address) {
        String text = address.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            return Optional.empty();
        }
        String local = text.substring(0, at);
        if (!local.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return Optional.empty();
        }
        try {
            return Optional.of(local + "@" + IDN.toASCII(text.substring(at + 1), IDN.USE_STD3_ASCII_RULES));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
