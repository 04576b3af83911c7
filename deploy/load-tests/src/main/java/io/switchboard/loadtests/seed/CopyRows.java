package io.switchboard.loadtests.seed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows for one table in COPY's text format, collected for one chunk and then sent with {@code COPY … FROM STDIN}.
 * A connection runs one COPY at a time, so a chunk's tickets, events and messages are collected side by side and
 * copied one table after the other.
 */
final class CopyRows {

    private final String table;
    private final String columns;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder row = new StringBuilder(1024);
    private boolean first = true;
    private long rows;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows add(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyRows add(long value) {
        separate();
        row.append(value);
        return this;
    }

    CopyRows add(UUID value) {
        return add(value == null ? null : value.toString());
    }

    CopyRows add(Instant value) {
        return add(value == null ? null : value.toString());
    }

    void end() {
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        row.setLength(0);
        first = true;
        rows++;
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    /** Sends the collected rows in the connection's transaction and starts over empty. */
    void copyInto(Connection connection) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new ByteArrayInputStream(buffer.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.reset();
    }
}
