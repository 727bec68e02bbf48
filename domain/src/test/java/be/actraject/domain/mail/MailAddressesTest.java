package be.actraject.domain.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses plain SMTP carries, and in what form (the tester's minor 12). */
class MailAddressesTest {

    @Test
    void aDomainInAnotherScriptIsWrittenInAscii() {
        assertThat(MailAddresses.ascii("cagri@örnek.test")).contains("cagri@xn--rnek-4qa.test");
        assertThat(MailAddresses.ascii(" facturen@bakkerij.be ")).contains("facturen@bakkerij.be");
    }

    @Test
    void aPartBeforeTheAtOutsideAsciiCannotBeSent() {
        assertThat(MailAddresses.ascii("çağrı@örnek.test")).isEmpty();
        assertThat(MailAddresses.sendable("çağrı@ornek.test")).isFalse();
        assertThat(MailAddresses.sendable("cagri@örnek.test")).isTrue();
        assertThat(MailAddresses.sendable(null)).isTrue();
    }
}
