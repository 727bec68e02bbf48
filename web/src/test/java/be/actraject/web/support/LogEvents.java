package be.actraject.web.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The log events of one logger and those below it, kept in memory from {@link #capture} until {@link #close}, at the
 * given level even where the test configuration logs only warnings.
 */
public final class LogEvents implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogEvents(String name, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.previous = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
    }

    /**
     * @param name  a logger's name, or {@code Logger.ROOT_LOGGER_NAME} for every event
     * @param level the level to log at meanwhile, or null to leave it as configured
     */
    public static LogEvents capture(String name, Level level) {
        return new LogEvents(name, level);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The formatted messages of the events whose message contains {@code text}. */
    public List<String> lines(String text) {
        return events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(text)).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
        appender.stop();
    }
}
