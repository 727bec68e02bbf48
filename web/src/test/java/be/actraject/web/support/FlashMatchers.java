package be.actraject.web.support;

import be.actraject.web.system.Flash;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the message a redirect carries to the next page. */
public final class FlashMatchers {

    private FlashMatchers() {
    }

    public static ResultMatcher flashMessage(String key, Object... args) {
        return result -> {
            Flash flash = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
            assertThat(flash).as("flash message").isNotNull();
            assertThat(flash.key()).isEqualTo(key);
            if (args.length > 0) {
                assertThat(flash.args()).containsExactly(args);
            }
        };
    }
}
