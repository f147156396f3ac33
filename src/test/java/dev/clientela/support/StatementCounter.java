package dev.clientela.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the statements the service's request threads send to PostgreSQL, as PostgreSQL counts
 * them ({@code pg_stat_statements}): BEGIN, every statement, COMMIT or ROLLBACK. Counted on the
 * physical connections, under the tenant-scoping data source, so nothing the service adds escapes.
 * Setting the connection's tenant is left out: it is sent once per connection and tenant, not per
 * request, and which pooled connection a request gets is not the test's to choose.
 */
@TestConfiguration
public class StatementCounter {

    private static final List<String> SENT = new ArrayList<>();

    /** Forgets what was sent so far. */
    public static synchronized void reset() {
        SENT.clear();
    }

    /** What the request threads sent since the last {@link #reset()}. */
    public static synchronized List<String> sent() {
        return List.copyOf(SENT);
    }

    private static synchronized void record(String statement) {
        String thread = Thread.currentThread().getName();
        if (thread.startsWith("tomcat-handler-") || thread.contains("-exec-")) {
            SENT.add(statement);
        }
    }

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DelegatingDataSource scoped && scoped.getTargetDataSource() != null) {
                    scoped.setTargetDataSource(counting(scoped.getTargetDataSource()));
                }
                return bean;
            }
        };
    }

    private static DataSource counting(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class, AutoCloseable.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        ((AutoCloseable) pool).close();
                        return null;
                    }
                    Object result = call(pool, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "prepareCall" -> {
                            String sql = (String) args[0];
                            if (!sql.contains("set_config('clientela.tenant_id'")) {
                                record(sql.strip().replaceAll("\\s+", " "));
                            }
                        }
                        case "createStatement" -> record("(statement)");
                        case "setAutoCommit" -> {
                            if (!(Boolean) args[0] && connection.getAutoCommit()) {
                                record("BEGIN");
                            }
                        }
                        case "commit" -> record("COMMIT");
                        case "rollback" -> {
                            if (args == null) {
                                record("ROLLBACK");
                            }
                        }
                        default -> {}
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
