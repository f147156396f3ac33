package dev.clientela.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, Clientela runs its own PostgreSQL with its files under
 * {@code dataDir}.
 */
@ConfigurationProperties("clientela")
record DatabaseProperties(Db db, Path dataDir) {

    DatabaseProperties {
        db = db == null ? new Db(null, null, null, null, null, null, null) : db;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    boolean embedded() {
        return db.url() == null || db.url().isBlank();
    }

    /**
     * {@code user} is the role the service works as; {@code ownerUser}, when set, owns the schema
     * and runs the migrations. Row-level security binds the service only when the two differ.
     */
    record Db(
            String url,
            String user,
            String password,
            String ownerUser,
            String ownerPassword,
            String migrationUrl,
            Pooling pooling) {

        Db {
            pooling = pooling == null ? Pooling.SESSION : pooling;
        }

        /** Migrations may go straight to PostgreSQL while requests go through a pooler. */
        String migrationJdbcUrl() {
            return migrationUrl == null || migrationUrl.isBlank() ? url : migrationUrl;
        }

        String migrationUser() {
            return ownerUser == null || ownerUser.isBlank() ? user : ownerUser;
        }

        String migrationPassword() {
            return ownerUser == null || ownerUser.isBlank() ? password : ownerPassword;
        }
    }

    /** What sits between the service and PostgreSQL: nothing or a session pooler, or a transaction pooler. */
    enum Pooling {
        SESSION,
        TRANSACTION
    }
}
