package io.switchboard.ticket.attachment.domain;

import java.util.Optional;

/**
 * Where attachment bytes live, by key. Today a PostgreSQL table (written in the upload's transaction);
 * an object store can replace it without touching the use cases.
 */
public interface AttachmentStorage {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    void delete(String key);
}
