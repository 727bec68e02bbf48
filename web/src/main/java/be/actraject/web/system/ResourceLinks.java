package be.actraject.web.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * No rewriting of the links a page writes. With the WebJars locator on the class path Spring Boot turns the resource
 * chain on and Thymeleaf's auto-configuration adds a {@link ResourceUrlEncodingFilter}, which passes every link of
 * every page ({@code @{/tasks/…/claim}}, 25 rows of forms on a worklist) through the resource chain: the static
 * handler's pattern {@code /**} matches any path, and for each the WebJars resolver looks the path up in the jars of
 * the class path — a miss, which the chain's cache does not keep, so the look-up is made again on every link of
 * every request. Measured on the worklist (issue 19, a JFR profile of 80 requests): three fifths of the rendering
 * time. The filter's one use here would be to write the version into the two WebJars links (Bootstrap's style sheet
 * and script); they stay without it, and the WebJars handler still finds them by the locator when the browser asks
 * ({@code StaticFilesTest}). A registration of our own, switched off, stands in for Boot's
 * ({@code @ConditionalOnMissingFilterBean}).
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
