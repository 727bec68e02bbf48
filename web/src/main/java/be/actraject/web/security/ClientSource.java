package be.actraject.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The key under which failed sign-ins from one client are counted: its IPv4 address, or the /64 network of its IPv6
 * address — one IPv6 host commonly holds a whole /64 and could otherwise take a fresh address for every attempt.
 * The address is the request's remote address, which Tomcat takes from the forwarded headers behind a trusted proxy.
 */
final class ClientSource {

    /** Only a literal address is parsed: {@link InetAddress#getByName} would look anything else up in the DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientSource() {
    }

    /**
     * @param remoteAddress the request's remote address, as the servlet container gives it (may be null)
     * @return the key: the IPv4 address as given, {@code 2001:db8:1:2:0:0:0:0/64} for an IPv6 address, or whatever was
     * given when it is no literal address
     */
    static String of(String remoteAddress) {
        if (remoteAddress == null) {
            return "";
        }
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
