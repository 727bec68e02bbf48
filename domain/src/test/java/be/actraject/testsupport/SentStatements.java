package be.actraject.testsupport;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries the application really sends, with the values bound to them, so that a test can ask PostgreSQL how it
 * runs each one ({@link #plan}). Wraps the data source (a {@link BeanPostProcessor}: Hibernate then uses the wrapped
 * one); records only while {@link #of} runs, so a test's own inserts are not in the way.
 */
public final class SentStatements implements BeanPostProcessor {

    /** The recorder as a test's bean: {@code @Import(SentStatements.Recording.class)}. */
    @TestConfiguration
    public static class Recording {
        @Bean
        static SentStatements sentStatements() {
            return new SentStatements();
        }
    }

    /** One query as sent: its SQL and the setter calls that bound its parameters, to replay on EXPLAIN. */
    public record Sent(String sql, List<Binding> bindings) {
    }

    record Binding(Method setter, Object[] arguments) {
    }

    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    private static final ThreadLocal<List<Sent>> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    /** The queries {@code work} sent on this thread, in order. */
    public static List<Sent> of(Runnable work) {
        List<Sent> sent = new ArrayList<>();
        RECORDING.set(sent);
        try {
            work.run();
            return sent;
        } finally {
            RECORDING.remove();
        }
    }

    /** PostgreSQL's plan for a query as sent, with the same values (EXPLAIN, text form). */
    public static String plan(Connection connection, Sent sent) throws SQLException {
        return plan(connection, sent, "explain");
    }

    /**
     * As {@link #plan(Connection, Sent)} with EXPLAIN's options, e.g. {@code "explain (analyze, costs off)"}, which
     * runs the query to report its real rows and milliseconds.
     */
    public static String plan(Connection connection, Sent sent, String explainWith) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement(explainWith + " " + sent.sql())) {
            for (Binding binding : sent.bindings()) {
                try {
                    binding.setter().invoke(explain, binding.arguments());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("replaying " + binding.setter().getName(), e);
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** The tables a plan reads whole ("Seq Scan on …", parallel or not). */
    public static List<String> scannedTables(String plan) {
        List<String> tables = new ArrayList<>();
        Matcher scan = SEQ_SCAN.matcher(plan);
        while (scan.find()) {
            tables.add(scan.group(1));
        }
        return tables;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement
                    && args[0] instanceof String sql) {
                return statement(statement, sql);
            }
            return result;
        });
    }

    private static PreparedStatement statement(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
                List<Sent> sent = RECORDING.get();
                if (sent != null) {
                    sent.add(new Sent(sql, List.copyOf(bindings)));
                }
            }
            return invoke(target, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(SentStatements.class.getClassLoader(), new Class<?>[]{type}, invocation);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }
}
