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
        db = db == null ? new Db(null, null, null) : db;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    boolean embedded() {
        return db.url() == null || db.url().isBlank();
    }

    record Db(String url, String user, String password) {}
}
