package be.actraject.web.system;

import be.actraject.web.security.ActorArgumentResolver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Dutch (Belgium) for everyone until they choose English with {@code ?lang=en}; the choice is kept in a cookie.
 * The browser's own language is deliberately not followed: the cooperative works in Dutch.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale DUTCH_BELGIUM = Locale.forLanguageTag("nl-BE");
    public static final List<Locale> SUPPORTED = List.of(DUTCH_BELGIUM, Locale.ENGLISH);

    private final ActorArgumentResolver actorArgumentResolver;

    public WebConfiguration(ActorArgumentResolver actorArgumentResolver) {
        this.actorArgumentResolver = actorArgumentResolver;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("actraject-lang");
        resolver.setDefaultLocale(DUTCH_BELGIUM);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * {@code ?lang=} switches the language: a supported one by its language, any other well-formed one to Dutch, and
     * one that is no language tag at all ({@code ?lang='}) is a 400. The container's error dispatch of such a request
     * still carries the parameter: there it is skipped, or the error page would fail the same way.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                return request.getDispatcherType() == DispatcherType.ERROR
                        || super.preHandle(request, response, handler);
            }

            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale asked;
                try {
                    asked = super.parseLocaleValue(localeValue);
                } catch (IllegalArgumentException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No language: " + localeValue, e);
                }
                return SUPPORTED.stream().filter(l -> asked != null && l.getLanguage().equals(asked.getLanguage()))
                        .findFirst().orElse(DUTCH_BELGIUM);
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actorArgumentResolver);
    }
}
