package io.switchboard.ticket.typetree.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.ticket.typetree.domain.TypeNode;
import io.switchboard.ticket.typetree.domain.TypeTree;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A type with its children; {@code active} is shown to operators only (integrations see active types). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypeView(UUID id, Map<String, String> names, int position, Boolean active, List<TypeView> children) {

    public static <T extends TypeNode> List<TypeView> of(TypeTree<T> tree, boolean operator) {
        return tree.roots().stream().map(node -> of(node, operator)).toList();
    }

    /** A type as its admins see it: with its active flag and everything below it. */
    public static <T extends TypeNode> TypeView of(TypeTree.Node<T> node) {
        return of(node, true);
    }

    private static <T extends TypeNode> TypeView of(TypeTree.Node<T> node, boolean operator) {
        return new TypeView(node.type().id(), new TreeMap<>(node.type().names()), node.type().position(),
                operator ? node.type().active() : null,
                node.children().stream().map(child -> of(child, operator)).toList());
    }
}
