package be.actraject.web.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The headers every answer carries, on top of Spring Security's defaults (no caching of pages, {@code
 * X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, and {@code Strict-Transport-Security} on requests
 * that arrived over HTTPS — behind a proxy, as its {@code X-Forwarded-Proto} says).
 * <ul>
 *   <li>The Content-Security-Policy ({@link #POLICY}): scripts, styles, fonts and fetches from this site only, so
 *   that markup slipped into a name or a model never runs or restyles a page. No inline script, and no inline style
 *   but the few style attributes bpmn-js writes into its own markup (the properties panel's two containers, the align
 *   menu's icons), allowed by their hashes ({@code 'unsafe-hashes'}), which the frontend build computes from the
 *   bundles into {@value #STYLE_HASHES}; the templates have none, and the styles bpmn-js sets through the DOM are not
 *   restricted by a policy. Images also as {@code data:} URLs (Bootstrap's and bpmn-js's icons); no plugins, no
 *   {@code <base>} elsewhere, forms post here only, and no framing by any site. An answer that sets its own policy
 *   keeps it (the models' XML, served under {@code sandbox}).</li>
 *   <li>{@code Referrer-Policy: same-origin}: a link out of the application (bpmn.io's logo) does not tell the other
 *   site which candidate's page it was on.</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String STYLE_HASHES = "static/process-room/style-hashes.txt";

    static final String POLICY = policy(styleHashes());

    private SecurityHeaders() {
    }

    /** For {@link HttpSecurity#headers}, in every filter chain. */
    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    /** @param styleHashes CSP hash sources ({@code 'sha256-…'}) of the inline style attributes to allow */
    static String policy(List<String> styleHashes) {
        String styles = styleHashes.isEmpty() ? "'self'" : "'self' 'unsafe-hashes' " + String.join(" ", styleHashes);
        return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    /** None when the process room was not bundled (a build without the frontend): its pages would not work anyway. */
    private static List<String> styleHashes() {
        ClassPathResource hashes = new ClassPathResource(STYLE_HASHES);
        if (!hashes.exists()) {
            return List.of();
        }
        try {
            return hashes.getContentAsString(StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.matches("'sha256-[A-Za-z0-9+/=]+'")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
