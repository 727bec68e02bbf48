package be.actraject;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * AC Traject: the coaching trajectories of an activity cooperative on an embedded process engine. Placed in the
 * root package so that the domain's entities and repositories and the bpmn module's beans are all found.
 */
@SpringBootApplication
public class AcTrajectApplication {

    public static void main(String[] args) {
        SpringApplication.run(AcTrajectApplication.class, args);
    }
}
