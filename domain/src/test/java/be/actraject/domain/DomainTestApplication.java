package be.actraject.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;

/**
 * The domain module on its own, for its tests: JPA, Flyway and the domain services, nothing else.
 * <p>
 * A {@link TestComponent}, so that the Spring tests of the modules above, which find this class on their class path
 * when Maven runs them from {@code target/test-classes} (at the {@code test} phase), leave it out of their component
 * scan: otherwise it would register the domain's repositories a second time.
 */
@SpringBootApplication
@TestComponent
public class DomainTestApplication {
}
