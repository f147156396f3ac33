package dev.clientela.db;

import java.nio.file.Path;

/** Another Clientela process holds the data directory; starting a second server on it would corrupt it. */
final class DataDirectoryInUse extends IllegalStateException {

    DataDirectoryInUse(Path dir) {
        super("The data directory " + dir + " is in use by another running Clientela. Stop that one first, "
                + "or set CLIENTELA_DATA_DIR to another directory.");
    }
}
