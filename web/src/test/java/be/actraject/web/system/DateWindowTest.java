package be.actraject.web.system;

import be.actraject.web.support.MessageBundles;
import be.actraject.web.aftercare.FollowUpForm;
import be.actraject.web.sector.IntroductionForm;
import be.actraject.web.candidate.EntryDateForm;
import be.actraject.web.candidate.RegistrationForm;
import be.actraject.web.group.SessionForm;
import be.actraject.web.intake.ActionPointRow;
import be.actraject.web.intake.ConversationForm;
import be.actraject.web.intake.EntreSpiegelForm;
import be.actraject.web.intake.PlanForm;
import be.actraject.web.invoice.InvoiceForm;
import be.actraject.web.earnings.ExtraEarningsForm;
import be.actraject.web.prospecting.ActivityForm;
import be.actraject.web.quote.QuoteForm;
import be.actraject.web.sector.MeetingForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every date a form takes has a plausible window (issue 14): a date far back or far ahead is refused with the
 * message of its window, the edges of the window pass, and no date field of a form is left without one.
 */
class DateWindowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Late evening in Brussels, already the next day in UTC: "today" must be the cooperative's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), BRUSSELS);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validatorOnTheCooperativeClock() {
        factory = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    public static Stream<Arguments> dateFields() {
        return Stream.of(
                Arguments.of(RegistrationForm.class, "dateOfEntry", DateWindow.ENTRY),
                Arguments.of(RegistrationForm.class, "dateOfBirth", DateWindow.BIRTH),
                Arguments.of(EntryDateForm.class, "dateOfEntry", DateWindow.CORRECTED_ENTRY),
                Arguments.of(ConversationForm.class, "nextPlannedOn", DateWindow.NEXT_CONVERSATION),
                Arguments.of(ActionPointRow.class, "dueOn", DateWindow.ACTION_POINT_DUE),
                Arguments.of(EntreSpiegelForm.class, "assessedOn", DateWindow.ASSESSMENT),
                Arguments.of(PlanForm.class, "agreedOn", DateWindow.PLAN_AGREED),
                Arguments.of(PlanForm.ActionRow.class, "targetOn", DateWindow.PLAN_ACTION_TARGET),
                Arguments.of(PlanForm.ActionRow.class, "doneOn", DateWindow.PLAN_ACTION_DONE),
                Arguments.of(ActivityForm.class, "happenedOn", DateWindow.PROSPECTING_ACTIVITY),
                Arguments.of(QuoteForm.class, "validUntil", DateWindow.QUOTE_VALIDITY),
                Arguments.of(InvoiceForm.class, "deliveryDate", DateWindow.SUPPLY),
                Arguments.of(InvoiceForm.class, "periodStart", DateWindow.SUPPLY),
                Arguments.of(InvoiceForm.class, "periodEnd", DateWindow.SUPPLY),
                Arguments.of(SessionForm.class, "startsAt", DateWindow.SESSION),
                Arguments.of(MeetingForm.class, "startsAt", DateWindow.SECTOR_MEETING),
                Arguments.of(ExtraEarningsForm.class, "month", DateWindow.STATEMENT_MONTH));
    }

    @ParameterizedTest(name = "{0}.{1}: far back and far ahead refused")
    @MethodSource("dateFields")
    <T> void aDateDecadesAwayIsRefusedWithTheMessageOfItsWindow(Class<T> form, String field, DateWindow window) {
        for (LocalDate far : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31))) {
            Set<ConstraintViolation<T>> violations = validator.validateValue(form, field, typed(form, field, far));

            assertThat(violations).as(far.toString()).extracting(ConstraintViolation::getMessageTemplate)
                    .containsExactly("{" + window.messageKey() + "}");
        }
    }

    @ParameterizedTest(name = "{0}.{1}: the edges of the window pass")
    @MethodSource("dateFields")
    <T> void theFirstAndLastDayOfTheWindowPass(Class<T> form, String field, DateWindow window) {
        for (LocalDate edge : List.of(window.earliest(TODAY), window.latest(TODAY))) {
            assertThat(validator.validateValue(form, field, typed(form, field, edge))).as(edge.toString())
                    .isEmpty();
        }
    }

    @Test
    void theDayBeforeTheWindowAndTheDayAfterAreRefused() {
        assertThat(DateWindow.ENTRY.admits(LocalDate.of(1990, 1, 1), TODAY)).isFalse();
        assertThat(DateWindow.ENTRY.admits(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(DateWindow.ENTRY.admits(LocalDate.of(2026, 5, 30), TODAY)).as("its limit was yesterday").isFalse();
        assertThat(DateWindow.ENTRY.admits(LocalDate.of(2026, 5, 31), TODAY)).as("its limit is today").isTrue();
        assertThat(DateWindow.BIRTH.admits(LocalDate.of(2011, 12, 1), TODAY)).isFalse();
    }

    @Test
    void aSessionYesterdayIsRefusedAndEveryPickerOffersItsWindowFromTheClocksToday() {
        assertThat(DateWindow.SESSION.admits(TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(DateWindow.SESSION.admits(TODAY, TODAY)).isTrue();
        DateWindows windows = new DateWindows(CLOCK);

        assertThat(windows.min("SESSION", "datetime-local")).isEqualTo(TODAY + "T00:00");
        assertThat(windows.max("SESSION", "datetime-local")).isEqualTo(TODAY.plusMonths(12) + "T23:59");
        assertThat(windows.min("QUOTE_VALIDITY")).isEqualTo(TODAY.toString());
        assertThat(windows.max("QUOTE_VALIDITY")).isEqualTo(TODAY.plusMonths(12).toString());
        assertThat(windows.min("STATEMENT_MONTH", "month"))
                .isEqualTo(java.time.YearMonth.from(TODAY.minusMonths(18)).toString());
    }

    @Test
    void aRequestParameterOutsideItsWindowIsRefusedWithItsMessage() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(DateOutsideWindowException.class,
                () -> TypedDates.within(LocalDate.of(1990, 1, 1), DateWindow.PAYMENT, CLOCK));

        assertThat(refused.messageKey()).isEqualTo("date.window.PAYMENT");
        assertThat(TypedDates.within(TODAY, DateWindow.PAYMENT, CLOCK)).isEqualTo(TODAY);
        assertThat(TypedDates.within(null, DateWindow.PAYMENT, CLOCK)).isNull();
    }

    @ParameterizedTest
    @EnumSource(DateWindow.class)
    void everyWindowSaysItselfInBothLanguages(DateWindow window) throws IOException {
        for (String language : List.of(MessageBundles.DUTCH, MessageBundles.ENGLISH)) {
            assertThat(MessageBundles.all(language).getProperty(window.messageKey())).as("language " + language)
                    .isNotBlank();
        }
    }

    @Test
    void noDateFieldOfAFormIsWithoutAWindow() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("be\\.actraject\\.web\\..*(Form|Row)")));
        List<String> without = new ArrayList<>();
        int dateFields = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents("be.actraject.web")) {
            for (Field field : Class.forName(definition.getBeanClassName()).getDeclaredFields()) {
                // A time of day (a module's hours) has no window of days; every field with a day in it has one.
                if (Temporal.class.isAssignableFrom(field.getType()) && field.getType() != java.time.LocalTime.class) {
                    dateFields++;
                    // Exactly one window: the plausible one from today, or the record's own (issue 17: both on
                    // one field gave two messages naming different first days).
                    if (field.isAnnotationPresent(InDateWindow.class) == field.isAnnotationPresent(RecordWindow.class)) {
                        without.add(field.getDeclaringClass().getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(dateFields).isGreaterThanOrEqualTo((int) dateFields().count());
        assertThat(without).isEmpty();
    }

    /**
     * Issue 17: a date whose bounds are the record's (the exit, the date of entry) gets no generic window message
     * whatever the day: it reaches the domain, whose refusal names the record's days.
     */
    @ParameterizedTest(name = "{0}.{1}: no generic window")
    @MethodSource("recordWindowFields")
    <T> void aDateInTheRecordsWindowGetsNoGenericMessageWhateverTheDay(Class<T> form, String field) {
        assertThat(org.springframework.util.ReflectionUtils.findField(form, field).isAnnotationPresent(RecordWindow.class)).isTrue();
        for (LocalDate day : List.of(LocalDate.of(1900, 1, 1), TODAY.minusYears(2), TODAY.plusDays(1),
                LocalDate.of(2999, 12, 31))) {
            assertThat(validator.validateValue(form, field, day)).as(day.toString()).isEmpty();
        }
    }

    public static Stream<Arguments> recordWindowFields() {
        return Stream.of(
                Arguments.of(FollowUpForm.class, "contactedOn"),
                Arguments.of(FollowUpForm.class, "situationSince"),
                Arguments.of(IntroductionForm.class, "introducedOn"),
                Arguments.of(ConversationForm.class, "heldOn"));
    }

    private static Object typed(Class<?> form, String field, LocalDate day) {
        // A field may sit on a superclass (RegistrationForm's person fields are PersonForm's).
        Field declared = org.springframework.util.ReflectionUtils.findField(form, field);
        if (declared == null) {
            throw new IllegalArgumentException("No field " + field + " on " + form.getSimpleName());
        }
        Class<?> type = declared.getType();
        if (type == LocalDateTime.class) {
            return day.atTime(12, 0);
        }
        return type == YearMonth.class ? YearMonth.from(day) : day;
    }
}
