package be.actraject.load.bare;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bare application the product's start-up is compared with (issue 19, README "Memory and start-up"): Spring Boot
 * with an embedded Tomcat and Spring MVC, a Hikari pool on PostgreSQL and Camunda's Spring Boot starter, deploying the
 * product's BPMN and DMN models (the bpmn module's {@code bpmn/} resources) with the engine's defaults — and nothing
 * of ours: no Flyway, JPA, Thymeleaf, security, Spring Session, actuator or scan of our packages.
 *
 * <p>Its auto-configurations are named rather than discovered: it runs on the load module's test class path, where
 * the product's libraries lie too, and {@code @EnableAutoConfiguration} would start Flyway, Hibernate and the rest
 * because their classes are there. The list is what {@code spring-boot-starter-web}, {@code -jdbc} and Camunda's
 * starter configure in an application that has only them. Its own endpoint, {@code GET /engine}, answers 200 with
 * the engine's name and deployed definitions once the engine is up (Camunda's REST starter is not in the offline
 * repository).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, CamundaBpmAutoConfiguration.class})
@Import({BareCamundaApplication.EngineEndpoint.class, BareCamundaApplication.TaskEndpoint.class})
public class BareCamundaApplication {

    /** The path that answers 200 once the engine is up. */
    public static final String READY_PATH = "/engine";

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }

    /** The engine's name and how many process and decision definitions it holds. */
    @RestController
    static class EngineEndpoint {

        private final ProcessEngine engine;

        EngineEndpoint(ProcessEngine engine) {
            this.engine = engine;
        }

        @GetMapping(READY_PATH)
        Map<String, Object> engine() {
            return Map.of("name", engine.getName(),
                    "processDefinitions", engine.getRepositoryService().createProcessDefinitionQuery().count(),
                    "decisionDefinitions", engine.getRepositoryService().createDecisionDefinitionQuery().count());
        }
    }

    /**
     * The engine's own paged task query served over HTTP, as Camunda's REST API serves {@code GET /task} and
     * {@code /task/count}: {@code GET /tasks?scope=MINE|CLAIMABLE|ALL&user=…} answers a page of 25 in the worklist's
     * default order (due date, then creation) and the count, as JSON. The harness times it beside the worklist page
     * for the same person and scope, on the same database (issue 19: the page within 2× of the engine's query).
     */
    @RestController
    static class TaskEndpoint {

        private final TaskService tasks;

        TaskEndpoint(TaskService tasks) {
            this.tasks = tasks;
        }

        @GetMapping("/tasks")
        Map<String, Object> tasks(@RequestParam String scope, @RequestParam String user) {
            List<Map<String, Object>> page = new ArrayList<>();
            for (Task task : query(scope, user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                    .listPage(0, 25)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", task.getId());
                row.put("name", task.getName());
                row.put("taskDefinitionKey", task.getTaskDefinitionKey());
                row.put("assignee", task.getAssignee());
                row.put("created", task.getCreateTime());
                row.put("due", task.getDueDate());
                row.put("processInstanceId", task.getProcessInstanceId());
                page.add(row);
            }
            return Map.of("count", query(scope, user).count(), "tasks", page);
        }

        private TaskQuery query(String scope, String user) {
            return switch (scope) {
                case "MINE" -> tasks.createTaskQuery().taskAssignee(user).active();
                case "CLAIMABLE" -> tasks.createTaskQuery().taskCandidateUser(user).active();
                default -> tasks.createTaskQuery().active();
            };
        }
    }
}
