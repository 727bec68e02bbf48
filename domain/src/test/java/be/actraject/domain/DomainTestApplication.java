package be.actraject.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module on its own, for its tests: JPA, Flyway and the domain services, nothing else. */
@SpringBootApplication
public class DomainTestApplication {
}
