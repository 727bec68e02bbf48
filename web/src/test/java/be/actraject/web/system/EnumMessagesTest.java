package be.actraject.web.system;

import be.actraject.bpmn.task.NextStep;
import be.actraject.domain.audit.AuditKind;
import be.actraject.web.support.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enums whose message key a template or a controller builds at run time ({@code 'audit.kind.' + e.kind}), so that
 * no scan of the templates sees the key: each constant has its text in Dutch and English, or the screen would show
 * {@code ??audit.kind.COACH_CHANGED_nl??} for the first entry of a new kind (issue 16).
 */
class EnumMessagesTest {

    private final Properties dutch = MessageBundles.all(MessageBundles.DUTCH);
    private final Properties english = MessageBundles.all(MessageBundles.ENGLISH);

    @Test
    void everyAuditKindHasItsWordingInBothLanguages() {
        assertThat(missing(Arrays.stream(AuditKind.values()).map(k -> "audit.kind." + k).toList())).isEmpty();
    }

    /** {@code TaskScreen} says the next step as {@code task.next.<kind>}, a role's as {@code task.next.ROLE.<role>}. */
    @Test
    void everyKindOfNextStepHasItsWordingInBothLanguages() {
        assertThat(missing(Arrays.stream(NextStep.Kind.values()).filter(k -> k != NextStep.Kind.ROLE)
                .map(k -> "task.next." + k).toList())).isEmpty();
    }

    private List<String> missing(List<String> keys) {
        return keys.stream().filter(k -> !dutch.containsKey(k) || !english.containsKey(k)).toList();
    }
}
