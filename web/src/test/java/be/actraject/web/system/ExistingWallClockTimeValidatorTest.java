package be.actraject.web.system;

import be.actraject.web.agenda.PlanConversationForm;
import be.actraject.web.group.SessionForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every date-time a form takes (a planned conversation, a collective session) is refused in the hour the clocks skip
 * in spring, and accepted on the autumn night, whose repeated hour exists.
 */
class ExistingWallClockTimeValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .clockProvider(() -> Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Brussels")))
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Set<String> startsAtRefusals(LocalDateTime startsAt) {
        PlanConversationForm conversation = new PlanConversationForm();
        conversation.setStartsAt(startsAt);
        SessionForm session = new SessionForm();
        session.setStartsAt(startsAt);
        return Stream.concat(VALIDATOR.validateProperty(conversation, "startsAt").stream(),
                        VALIDATOR.validateProperty(session, "startsAt").stream())
                .map(ExistingWallClockTimeValidatorTest::constraint).collect(java.util.stream.Collectors.toSet());
    }

    private static String constraint(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                + "@" + v.getRootBeanClass().getSimpleName();
    }

    @Test
    void bothFormsRefuseATimeTheClocksSkip() {
        assertThat(startsAtRefusals(LocalDateTime.of(2027, 3, 28, 2, 30))).containsExactlyInAnyOrder(
                "ExistingWallClockTime@PlanConversationForm", "ExistingWallClockTime@SessionForm");
    }

    @Test
    void bothFormsAcceptTheAutumnNightsRepeatedHourAndTheHourAfterTheSpringGap() {
        assertThat(startsAtRefusals(LocalDateTime.of(2027, 10, 31, 2, 30))).isEmpty();
        assertThat(startsAtRefusals(LocalDateTime.of(2027, 3, 28, 3, 0))).isEmpty();
    }
}
