package be.actraject.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The key failed sign-ins are counted under: an IPv4 address, or an IPv6 address's /64 network. */
class ClientSourceTest {

    @Test
    void anIpv4AddressIsItsOwnSource() {
        assertThat(ClientSource.of("192.0.2.17")).isEqualTo("192.0.2.17");
        assertThat(ClientSource.of("::ffff:192.0.2.17")).as("IPv4 written as IPv6").isEqualTo("192.0.2.17");
    }

    @Test
    void theAddressesOfOneIpv6NetworkAreOneSource() {
        assertThat(ClientSource.of("2001:db8:1:2:a:b:c:d")).isEqualTo(ClientSource.of("2001:db8:1:2::99"))
                .isEqualTo(ClientSource.of("[2001:db8:1:2::1%eth0]"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientSource.of("2001:db8:1:3::1")).isNotEqualTo(ClientSource.of("2001:db8:1:2::1"));
    }

    @Test
    void whatIsNoLiteralAddressIsKeptAsItIsWithoutALookUp() {
        assertThat(ClientSource.of("unknown")).isEqualTo("unknown");
        assertThat(ClientSource.of("proxy.example:80")).isEqualTo("proxy.example:80");
        assertThat(ClientSource.of(null)).isEmpty();
    }
}
