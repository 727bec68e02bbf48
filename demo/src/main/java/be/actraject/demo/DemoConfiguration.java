package be.actraject.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The demo's beans, all or none: only with {@code actraject.demo-data=true} (set by {@link DemoApplication} and by
 * the full-stack tests). Its classes carry no {@code @Component} of their own, so that the application's component
 * scan, which reaches this package whenever the module is on the class path, cannot make any of them without this
 * switch — in particular not {@link StuckExamples}, which breaks running processes on purpose.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "actraject.demo-data", havingValue = "true")
@Import({DemoData.class, DemoQuotes.class, DemoSectors.class, DemoSteps.class, DemoWatch.class, StuckExamples.class,
        Timers.class, DemoTraining.class, DemoStatement.class, PastExits.class, BackDating.class, DemoWalk.class,
        ExtraCandidates.class})
class DemoConfiguration {
}
