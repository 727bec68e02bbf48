package be.actraject.bpmn.training;

import be.actraject.bpmn.models.RuleTableRefusedException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who pays and the phase, chosen from their codes, as the FEEL string tests of the training-approval table. */
class CodeConditionTest {

    @Test
    void chosenCodesAreAStringTestAndNoneOrAnyIsEmpty() {
        assertThat(CodeCondition.feel(List.of("COOPERATIVE", "CANDIDATE"), TrainingApprovalRule.PAYERS, 1, "payer"))
                .isEqualTo("\"COOPERATIVE\",\"CANDIDATE\"");
        assertThat(CodeCondition.feel(Arrays.asList("", "VDAB", "VDAB", null), TrainingApprovalRule.PAYERS, 1,
                "payer")).isEqualTo("\"VDAB\"");
        assertThat(CodeCondition.feel(List.of(""), TrainingApprovalRule.PAYERS, 1, "payer")).isEmpty();
        assertThat(CodeCondition.feel(List.of(), TrainingApprovalRule.PHASES, 1, "phase")).isEmpty();
    }

    @Test
    void aStringTestReadsBackAsItsCodes() {
        assertThat(CodeCondition.codes("\"COOPERATIVE\", \"CANDIDATE\"")).containsExactly("COOPERATIVE", "CANDIDATE");
        assertThat(CodeCondition.codes(" ")).isEmpty();
        assertThat(CodeCondition.codes("not(\"VDAB\")")).containsExactly("not(\"VDAB\")");
    }

    @Test
    void aCodeNotOfferedIsRefusedNamingItsRowAndColumn() {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> CodeCondition.feel(List.of("VDAB", "BANK"), TrainingApprovalRule.PAYERS, 4, "payer"));

        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.UNKNOWN_VALUE);
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("payer");
        assertThat(e.condition()).isEqualTo("BANK");
    }
}
