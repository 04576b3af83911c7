package io.switchboard.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits {@link RequestGuard} answers with problems, prefix {@code switchboard.http}. They must stay below
 * Vert.x's own ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}), which answer
 * with empty bodies.
 */
@ConfigMapping(prefix = "switchboard.http")
public interface RequestLimits {

    /** The longest request target (path and query) in characters; longer is 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The largest sum of all header names and values; larger is 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
