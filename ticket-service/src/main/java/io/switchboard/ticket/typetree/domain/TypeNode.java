package io.switchboard.ticket.typetree.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A node of a per-service type tree (inquiry types, processing types; PRODUCT.md §4): names per
 * language, an order among its siblings, an active flag (inactive: operators only), at most
 * {@link #MAX_DEPTH} levels — the database derives the depth from the parent and refuses deeper nodes.
 */
public interface TypeNode {

    int MAX_DEPTH = 5;

    UUID id();

    String serviceCode();

    UUID parentId();

    Map<String, String> names();

    int position();

    boolean active();
}
