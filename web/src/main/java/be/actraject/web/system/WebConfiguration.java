package be.actraject.web.system;

import be.actraject.web.security.ActorArgumentResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale asked = super.parseLocaleValue(localeValue);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                        .orElse(DUTCH_BELGIUM);
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
