package be.actraject.bpmn.watch;

import be.actraject.workflow.Messages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch counts a wait for a message no code sends as stuck ({@link UnsentMessageCheck}); a message the code does
 * send but that {@link Messages#ALL} forgets would make every such wait look stuck, as {@code invoice-settled} did
 * when it came.
 */
class SentMessagesTest {

    @Test
    void everyMessageTheCodeNamesIsOneItSends() {
        String[] named = Arrays.stream(Messages.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(SentMessagesTest::value).toArray(String[]::new);

        assertThat(Messages.ALL).containsExactlyInAnyOrder(named);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
