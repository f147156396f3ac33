package dev.clientela.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An import's file, kept in the database in pieces so that any instance can read it, and reread it after a crash. */
@Repository
class ImportFiles {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID tenantId, UUID jobId, int seq, byte[] bytes) {
        jdbc.sql("insert into import_file_chunks (tenant_id, job_id, seq, bytes) values (?, ?, ?, ?)")
                .params(tenantId, jobId, seq, bytes)
                .update();
    }

    /** The file as a stream, read a piece at a time. */
    InputStream open(UUID tenantId, UUID jobId) {
        return new InputStream() {
            private int seq;
            private byte[] piece = new byte[0];
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (at == piece.length) {
                    byte[] next = jdbc.sql(
                                    "select bytes from import_file_chunks where tenant_id = ? and job_id = ? and seq = ?")
                            .params(tenantId, jobId, seq)
                            .query(byte[].class)
                            .optional()
                            .orElse(null);
                    if (next == null) {
                        return -1;
                    }
                    seq++;
                    piece = next;
                    at = 0;
                }
                int n = Math.min(length, piece.length - at);
                System.arraycopy(piece, at, into, offset, n);
                at += n;
                return n;
            }
        };
    }
}
