package be.actraject.demo;

import be.actraject.AcTrajectApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The application with the demo: the production application ({@link AcTrajectApplication}, whose component scan
 * finds {@link DemoConfiguration} when this module is on the class path) with {@code actraject.demo-data} on by
 * default. A default property has the lowest precedence, so the {@code postgres} profile (which sets it to false)
 * and the environment still turn it off. Started by the README's run command, {@code mvn -pl demo -am
 * spring-boot:run}.
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(AcTrajectApplication.class).properties("actraject.demo-data=true",
                // Beside the database: the statement of the demo's open invoices (DemoStatement, README).
                "actraject.demo.statement-file=${actraject.data-dir}/voorbeelduittreksel.xml").run(args);
    }
}
