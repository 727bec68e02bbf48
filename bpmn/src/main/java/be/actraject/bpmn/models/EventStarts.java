package be.actraject.bpmn.models;

import be.actraject.bpmn.sandbox.SecureXml;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Process-level start events the product itself triggers: a message start is started whenever the product correlates
 * that message by name (a coach stops a trajectory: {@code trajectory-stopped}), a signal start whenever it broadcasts
 * one, a conditional start whenever a variable changes. A shipped process may start so (aftercare does); a new key
 * may not, since a new key only runs when a model calls it (README, process room). Event subprocess starts are
 * inside a running instance and stay allowed.
 */
final class EventStarts {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final List<String> TRIGGERED = List.of("messageEventDefinition", "signalEventDefinition",
            "conditionalEventDefinition");

    private EventStarts() {
    }

    /** The process keys of the shipped models ({@code classpath:bpmn/*.bpmn}) that start on such an event. */
    static Set<String> shippedKeys() {
        Set<String> keys = new HashSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    NodeList processes = SecureXml.builder().parse(in).getElementsByTagNameNS(BPMN_NS, "process");
                    for (int i = 0; i < processes.getLength(); i++) {
                        Element process = (Element) processes.item(i);
                        if (!startEvents(process).isEmpty()) {
                            keys.add(process.getAttribute("id"));
                        }
                    }
                }
            }
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The shipped models do not read", e);
        }
        return Set.copyOf(keys);
    }

    /** The ids of the process's own start events (not an event subprocess's) that such an event triggers. */
    static List<String> startEvents(Element process) {
        List<String> ids = new ArrayList<>();
        for (Node n = process.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element start && BPMN_NS.equals(start.getNamespaceURI())
                    && "startEvent".equals(start.getLocalName()) && triggered(start)) {
                ids.add(start.getAttribute("id"));
            }
        }
        return ids;
    }

    private static boolean triggered(Element start) {
        for (Node n = start.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element definition && TRIGGERED.contains(definition.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
