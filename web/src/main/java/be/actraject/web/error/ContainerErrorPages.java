package be.actraject.web.error;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorReportValve} in the place of Tomcat's error report valve on the host, where Tomcat answers
 * the requests it refuses before any servlet (the request's context is not even known then). Runs after Spring Boot's
 * own customizer, which adds a plain {@link ErrorReportValve}: that one is taken out, and the host is told our class is
 * its error report valve so that it adds no other when it starts.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        ContainerErrorReportValve valve = new ContainerErrorReportValve(
                new ContainerErrorPage(messages, factory.getContextPath()));
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve present : host.getPipeline().getValves()) {
                if (present instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(present);
                }
            }
            host.getPipeline().addValve(valve);
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
