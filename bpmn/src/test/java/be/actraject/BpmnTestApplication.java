package be.actraject;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain and bpmn modules with the embedded engine, without the web: for the bpmn module's Spring tests. */
@SpringBootApplication
public class BpmnTestApplication {
}
