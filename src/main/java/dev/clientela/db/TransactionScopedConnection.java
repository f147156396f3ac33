package dev.clientela.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection for a transaction pooler, which may give each transaction another server
 * connection: the tenant is set with {@code set_config(..., true)}, local to the transaction it
 * belongs to, and every statement runs inside a transaction. One the caller opens gets the setting
 * with its first statement (it travels with the BEGIN); a statement made in autocommit mode gets a
 * transaction of its own, committed when the statement is closed, while the caller still sees
 * autocommit.
 */
final class TransactionScopedConnection implements InvocationHandler {

    private final Connection connection;
    private final String tenant;
    private final Connection proxy;
    /** The current transaction has not received the tenant yet. */
    private boolean needsTenant;
    /** The current transaction was begun here, for statements made in autocommit mode. */
    private boolean own;

    private int ownStatements;

    private TransactionScopedConnection(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
        this.proxy = (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
    }

    static Connection wrap(Connection connection, String tenant) {
        return new TransactionScopedConnection(connection, tenant).proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean noArgs = args == null || args.length == 0;
        switch (name) {
            case "getAutoCommit" -> {
                return own || connection.getAutoCommit();
            }
            case "setAutoCommit" -> {
                endOwnTransaction();
                boolean autoCommit = (Boolean) args[0];
                if (autoCommit != connection.getAutoCommit()) {
                    connection.setAutoCommit(autoCommit);
                    needsTenant = !autoCommit;
                }
                return null;
            }
            case "commit", "rollback" -> {
                if (!noArgs || own) {
                    return call(method, args);
                }
                call(method, args);
                needsTenant = true; // the next statement begins another transaction
                return null;
            }
            case "createStatement", "prepareStatement", "prepareCall" -> {
                enterTransaction();
                Statement statement = (Statement) call(method, args);
                if (!own) {
                    return statement;
                }
                ownStatements++;
                return closingTransaction(statement);
            }
            case "close" -> {
                endOwnTransaction();
                return call(method, args);
            }
            default -> {
                return call(method, args);
            }
        }
    }

    private void enterTransaction() throws SQLException {
        if (!own && connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            own = true;
            needsTenant = true;
        }
        if (needsTenant) {
            try (var set = connection.prepareStatement("select set_config('clientela.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            needsTenant = false;
        }
    }

    private Statement closingTransaction(Statement statement) {
        Class<?> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(
                Statement.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return proxy;
                    }
                    if (!method.getName().equals("close") || statement.isClosed()) {
                        return invokeOn(statement, method, args);
                    }
                    try {
                        statement.close();
                    } finally {
                        if (--ownStatements == 0) {
                            endOwnTransaction();
                        }
                    }
                    return null;
                });
    }

    /**
     * Commits a transaction begun here (a failed one is rolled back by PostgreSQL itself), and gives
     * the connection back its autocommit.
     */
    private void endOwnTransaction() throws SQLException {
        if (!own) {
            return;
        }
        own = false;
        ownStatements = 0;
        try {
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        return invokeOn(connection, method, args);
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
