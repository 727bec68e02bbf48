package be.actraject.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that runs against PostgreSQL. Without a server it is skipped on a developer's machine, but in CI
 * ({@code CI=true}) it fails instead: a PostgreSQL test that silently does not run proves nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
