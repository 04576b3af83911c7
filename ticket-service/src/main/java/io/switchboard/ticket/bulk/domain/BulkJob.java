package io.switchboard.ticket.bulk.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulk job with its items. Its status and counts follow from the items, so the worker only ever writes
 * an item: QUEUED until the first item is processed, RUNNING while some are pending, FINISHED when none are.
 */
public record BulkJob(UUID id, BulkAction action, String createdBy, Instant createdAt, List<Item> items) {

    public enum Status { QUEUED, RUNNING, FINISHED }

    public enum Outcome { PENDING, DONE, FAILED }

    /**
     * One ticket of the job; {@code number} and {@code serviceCode} only when its creator could see the ticket,
     * {@code problem} (problem+json text) only when it failed.
     */
    public record Item(UUID ticketId, String serviceCode, String number, Outcome outcome, String problem,
                       Instant processedAt) {
    }

    public BulkJob {
        items = List.copyOf(items);
    }

    public int total() {
        return items.size();
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    public Status status() {
        return summary().status();
    }

    /** When the last item was processed, once the job is finished. */
    public Instant finishedAt() {
        return summary().finishedAt();
    }

    /** The job without its items: what a list of jobs shows. */
    public Summary summary() {
        return new Summary(id, action, createdBy, createdAt, total(), count(Outcome.DONE), count(Outcome.FAILED),
                items.stream().map(Item::processedAt).filter(at -> at != null).max(Instant::compareTo).orElse(null));
    }

    /** A job's counts, read without its items; {@code lastProcessedAt} null while none was processed. */
    public record Summary(UUID id, BulkAction action, String createdBy, Instant createdAt, int total, long done,
                          long failed, Instant lastProcessedAt) {

        public Status status() {
            long pending = total - done - failed;
            return pending == total ? Status.QUEUED : pending > 0 ? Status.RUNNING : Status.FINISHED;
        }

        public Instant finishedAt() {
            return status() != Status.FINISHED ? null : lastProcessedAt != null ? lastProcessedAt : createdAt;
        }
    }

    /** The services of the tickets the creator could see. */
    public List<String> serviceCodes() {
        return items.stream().map(Item::serviceCode).filter(code -> code != null).distinct().toList();
    }
}
