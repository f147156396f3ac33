package dev.clientela.db;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads which named constraint a failed statement ran into, so callers can say what it means. */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private Constraints() {}

    /** The name of the unique, exclusion or foreign-key constraint behind {@code failure}, if any. */
    public static Optional<String> violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && isConstraintViolation(psql.getSQLState())) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }

    private static boolean isConstraintViolation(String state) {
        return UNIQUE_VIOLATION.equals(state)
                || FOREIGN_KEY_VIOLATION.equals(state)
                || EXCLUSION_VIOLATION.equals(state);
    }
}
