package be.actraject.bpmn.parameters;

import be.actraject.workflow.Phase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Impossible parameters are refused at start-up, with a message that names the parameter as configured. */
class TrajectoryParametersTest {

    private final TrajectoryParameters parameters = new TrajectoryParameters();

    @Test
    void theDefaultsOfTheDomainDocumentAreValid() {
        assertThatCode(parameters::validate).doesNotThrowAnyException();
        assertThat(parameters.getPreInvoicingLimit()).isEqualTo(Period.ofMonths(6));
        assertThat(parameters.getInvoicingLimit()).isEqualTo(Period.ofMonths(12));
        assertThat(parameters.getExtraEarningsCapPerHour()).isEqualByComparingTo("2.00");
        assertThat(parameters.conversationCycle("EXPLORATION")).isEqualTo("R/P14D");
    }

    @Test
    void aNegativeLimitIsRefusedByName() {
        parameters.setPreInvoicingLimit(Period.ofMonths(-6));

        assertThatThrownBy(parameters::validate).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("actraject.trajectory.pre-invoicing-limit");
    }

    @Test
    void aWarningThatComesAfterTheLimitIsRefused() {
        parameters.setLimitWarning(Period.ofMonths(7));

        assertThatThrownBy(parameters::validate).hasMessageContaining("actraject.trajectory.limit-warning")
                .hasMessageContaining("pre-invoicing-limit");
    }

    @Test
    void aMissingConversationFrequencyIsRefused() {
        parameters.getConversationInterval().remove(Phase.PROSPECTING);

        assertThatThrownBy(parameters::validate)
                .hasMessageContaining("actraject.trajectory.conversation-interval.PROSPECTING");
    }

    @Test
    void anAftercareScheduleOutOfOrderIsRefused() {
        parameters.setAftercareFollowUps(List.of(Period.ofMonths(6), Period.ofMonths(3)));

        assertThatThrownBy(parameters::validate).hasMessageContaining("aftercare-follow-ups");
    }

    @Test
    void aWrongCronOrANegativeCapIsRefused() {
        parameters.setExtraEarningsCron("every month");
        assertThatThrownBy(parameters::validate).hasMessageContaining("extra-earnings-cron");

        parameters.setExtraEarningsCron("0 0 6 1 * ?");
        parameters.setExtraEarningsCapPerHour(new BigDecimal("-1"));
        assertThatThrownBy(parameters::validate).hasMessageContaining("extra-earnings-cap-per-hour");
    }

    @Test
    void aScaleWithoutRoomIsRefused() {
        parameters.setEntreSpiegelScaleMin(5);
        parameters.setEntreSpiegelScaleMax(5);

        assertThatThrownBy(parameters::validate).hasMessageContaining("entre-spiegel-scale");
    }
}
