package io.switchboard.ticket.inquirytype.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A service's inquiry types as a tree, siblings ordered by position. */
public record InquiryTypeTree(List<Node> roots) {

    public record Node(InquiryType type, List<Node> children) {
    }

    /**
     * Builds the tree from a service's types.
     *
     * @param activeOnly drop inactive types together with everything below them
     */
    public static InquiryTypeTree of(List<InquiryType> types, boolean activeOnly) {
        Map<UUID, List<InquiryType>> byParent = new HashMap<>();
        for (InquiryType type : types) {
            byParent.computeIfAbsent(type.parentId(), k -> new ArrayList<>()).add(type);
        }
        return new InquiryTypeTree(children(null, byParent, activeOnly));
    }

    private static List<Node> children(UUID parent, Map<UUID, List<InquiryType>> byParent, boolean activeOnly) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .filter(t -> !activeOnly || t.active())
                .sorted(Comparator.comparingInt(InquiryType::position).thenComparing(t -> t.id().toString()))
                .map(t -> new Node(t, children(t.id(), byParent, activeOnly)))
                .toList();
    }
}
