package io.switchboard.ticket.typetree.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A service's types as a tree, siblings ordered by position. */
public record TypeTree<T extends TypeNode>(List<Node<T>> roots) {

    public record Node<T extends TypeNode>(T type, List<Node<T>> children) {

        /** The type and everything below it, parents before their children. */
        public List<T> subtree() {
            List<T> all = new ArrayList<>(List.of(type));
            children.forEach(child -> all.addAll(child.subtree()));
            return all;
        }

        /** Levels from this type down to its deepest descendant: 1 for a type without children. */
        public int height() {
            return 1 + children.stream().mapToInt(Node::height).max().orElse(0);
        }
    }

    /**
     * Builds the tree from a service's types.
     *
     * @param activeOnly drop inactive types together with everything below them
     */
    public static <T extends TypeNode> TypeTree<T> of(List<T> types, boolean activeOnly) {
        Map<UUID, List<T>> byParent = new HashMap<>();
        for (T type : types) {
            byParent.computeIfAbsent(type.parentId(), k -> new ArrayList<>()).add(type);
        }
        return new TypeTree<>(children(null, byParent, activeOnly));
    }

    /** The type with everything below it, if it is in the tree. */
    public Optional<Node<T>> node(UUID id) {
        return find(roots, id);
    }

    private static <T extends TypeNode> Optional<Node<T>> find(List<Node<T>> nodes, UUID id) {
        for (Node<T> node : nodes) {
            Optional<Node<T>> found = node.type().id().equals(id) ? Optional.of(node) : find(node.children(), id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The ids from the root down to the type itself, so a consumer can test "in subtree" without a
     * lookup; empty when the type is not among {@code types}.
     */
    public static <T extends TypeNode> List<UUID> path(List<T> types, UUID id) {
        Map<UUID, T> byId = new HashMap<>();
        types.forEach(t -> byId.put(t.id(), t));
        List<UUID> path = new ArrayList<>();
        for (T type = byId.get(id); type != null && path.size() < TypeNode.MAX_DEPTH; type = byId.get(type.parentId())) {
            path.add(0, type.id());
        }
        return path;
    }

    /** Whether the type and all its ancestors are active (an inactive type hides its subtree). */
    public static <T extends TypeNode> boolean activeWithAncestors(List<T> types, UUID id) {
        Map<UUID, T> byId = new HashMap<>();
        types.forEach(t -> byId.put(t.id(), t));
        for (T type = byId.get(id); type != null; type = byId.get(type.parentId())) {
            if (!type.active()) {
                return false;
            }
        }
        return byId.containsKey(id);
    }

    private static <T extends TypeNode> List<Node<T>> children(UUID parent, Map<UUID, List<T>> byParent,
                                                               boolean activeOnly) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .filter(t -> !activeOnly || t.active())
                .sorted(Comparator.comparingInt(TypeNode::position).thenComparing(t -> t.id().toString()))
                .map(t -> new Node<>(t, children(t.id(), byParent, activeOnly)))
                .toList();
    }
}
