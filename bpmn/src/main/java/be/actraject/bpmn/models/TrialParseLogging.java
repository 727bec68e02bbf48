package be.actraject.bpmn.models;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.util.function.Supplier;

/**
 * Keeps the engine's own error lines out of the log while the validator parses a model on trial: a model the engine
 * refuses is the user's mistake, told to them as a problem, not a server error. The engine logs it twice with a
 * stack trace — its BPMN parser ({@code ENGINE-01004}) and its command context ({@code ENGINE-16004}) — so, on the
 * validating thread only and only during the trial, those two loggers' lines are dropped. The migration's dry run
 * uses it alike: a trajectory that cannot move is listed with its reason, not logged as an error. Elsewhere (a real
 * deployment, a real migration, a failing command) they log as always.
 */
final class TrialParseLogging {

    private static final ThreadLocal<Boolean> TRIAL = ThreadLocal.withInitial(() -> false);
    private static final String PARSER = "org.camunda.bpm.engine.bpmn.parser";
    private static final String CONTEXT = "org.camunda.bpm.engine.context";
    private static final String DMN = "org.camunda.bpm.dmn";

    static {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            TurboFilter filter = new TurboFilter() {
                @Override
                public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                          Throwable t) {
                    if (TRIAL.get() && logger != null && (logger.getName().startsWith(PARSER)
                            || logger.getName().startsWith(CONTEXT) || logger.getName().startsWith(DMN))) {
                        return FilterReply.DENY;
                    }
                    return FilterReply.NEUTRAL;
                }
            };
            filter.setName("trial-parse");
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    private TrialParseLogging() {
    }

    /** Runs a trial parse with the engine's error lines for it left out of the log. */
    static <T> T quietly(Supplier<T> trial) {
        boolean outer = TRIAL.get();
        TRIAL.set(true);
        try {
            return trial.get();
        } finally {
            TRIAL.set(outer);
        }
    }
}
