package io.switchboard.platform.problem;

/**
 * The {@code If-Match} header of a change: the version of the resource the caller saw. A mismatch is the
 * {@code stale-version} problem (409), the same one a change that lost a race at commit gets.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** Someone else changed the resource since the caller read it. */
    public static class Stale extends ProblemException.Conflict {
        public Stale(String detail) {
            super(detail);
        }

        @Override
        public String typeSlug() {
            return "stale-version";
        }
    }

    /**
     * The version in {@code If-Match: 3} or {@code If-Match: "3"}; null when the header is absent or
     * {@code *} (any version). Anything else is a 400 naming the header.
     */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(header.strip().replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException.Invalid("If-Match", "must be the version you read, e.g. \"3\"");
        }
    }

    /** Refuses the change when the caller saw another version than {@code actual} of {@code what}. */
    public static void require(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw new Stale(what + " has changed (version " + actual + ", you sent " + expected
                    + "); reload it and try again.");
        }
    }
}
