package be.actraject.web.system;

import be.actraject.web.support.MessageBundles;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a date field's message names the very days its input offers as {@code min} and {@code max}
 * ({@link DateWindows}, which the {@code dateField} fragment renders), from the same {@link DateWindow}, in both
 * languages, whether the refusal comes from the form's check or from a request parameter's; and no message states a
 * length of its own ("three years") that could drift from the window.
 */
class DateWindowMessagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH);

    private static LocalValidatorFactoryBean validator;

    @BeforeAll
    static void theApplicationsValidatorOnAFixedClock() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> CLOCK));
        validator.afterPropertiesSet();
    }

    @AfterAll
    static void close() {
        validator.close();
        LocaleContextHolder.resetLocaleContext();
    }

    /** The bounds as the input's attributes carry them, written as the message writes a day or a month. */
    private static List<String> inputBounds(DateWindow window) {
        DateWindows windows = new DateWindows(CLOCK);
        if (window == DateWindow.STATEMENT_MONTH) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
            return List.of(month.format(YearMonth.parse(windows.min(window.name(), "month"))),
                    month.format(YearMonth.parse(windows.max(window.name(), "month"))));
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return List.of(day.format(LocalDate.parse(windows.min(window.name()))),
                day.format(LocalDate.parse(windows.max(window.name()))));
    }

    @ParameterizedTest
    @EnumSource(DateWindow.class)
    void aRefusedParameterNamesTheDaysItsInputOffers(DateWindow window) {
        DateOutsideWindowException refused = new DateOutsideWindowException(window, TODAY);
        for (String language : List.of(MessageBundles.DUTCH, MessageBundles.ENGLISH)) {
            String template = MessageBundles.all(language).getProperty(refused.messageKey());
            String text = new MessageFormat(template).format(refused.messageArguments());

            assertThat(text).as(language).contains(inputBounds(window));
            assertThat(template).as("no length of its own")
                    .doesNotContainPattern("\\d+ ?(maand|jaar|dag|week|month|year|day)")
                    .doesNotContainPattern(
                            "(?i)\\b(twee|drie|zes|twaalf|achttien|two|three|six|twelve|eighteen)"
                                    + " (maand|jaar|week|month|year)");
        }
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("be.actraject.web.system.DateWindowTest#dateFields")
    <T> void aRefusedFieldNamesTheDaysItsInputOffers(Class<T> form, String field, DateWindow window) {
        for (Locale language : LANGUAGES) {
            LocaleContextHolder.setLocale(language);
            Set<ConstraintViolation<T>> violations = validator.validateValue(form, field,
                    far(form, field));

            assertThat(violations).as(language.toString()).singleElement()
                    .extracting(ConstraintViolation::getMessage).asString()
                    .contains(inputBounds(window)).doesNotContain("{");
        }
    }

    private static Object far(Class<?> form, String field) {
        Class<?> type = org.springframework.util.ReflectionUtils.findField(form, field).getType();
        LocalDate far = LocalDate.of(1900, 1, 1);
        return type == LocalDateTime.class ? far.atTime(12, 0) : type == YearMonth.class ? YearMonth.from(far) : far;
    }
}
