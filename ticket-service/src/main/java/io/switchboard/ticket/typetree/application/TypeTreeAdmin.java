package io.switchboard.ticket.typetree.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.typetree.domain.TypeNames;
import io.switchboard.ticket.typetree.domain.TypeNode;
import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import io.switchboard.ticket.typetree.domain.TypeTree;
import io.switchboard.ticket.typetree.persistence.TypeTreeRepository;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Reads a service's type tree, and edits it (PRODUCT.md §4) for the service's admins and org-admins: add, rename, activate,
 * move and reorder, delete. Ids never change; siblings are numbered 1…n after every edit; a type named by a ticket
 * is never deleted, only deactivated; no type lies below the fifth level.
 */
public abstract class TypeTreeAdmin<T extends TypeNodeEntity> {

    // not final: CDI's proxies of the subclasses need the no-args constructor below
    private TypeTreeRepository<T> types;
    private AccessPolicy access;
    private BiFunction<String, TypeNames, T> newType;
    private String kind;

    protected TypeTreeAdmin() {
    }

    /** @param kind what the tree holds, for messages: "inquiry type" */
    protected TypeTreeAdmin(TypeTreeRepository<T> types, AccessPolicy access, BiFunction<String, TypeNames, T> newType,
                            String kind) {
        this.types = types;
        this.access = access;
        this.newType = newType;
        this.kind = kind;
    }

    /**
     * The service's tree: org-admins read every service's, operators their services', integrations those granted to
     * them and only the active types (an inactive type hides its subtree).
     */
    @Transactional
    public TypeTree<T> tree(Caller caller, String serviceCode) {
        if (caller.isOrgAdmin()) {
            access.readableService(caller, serviceCode);
        } else if (!readableBeyondMembership(caller, serviceCode)) {
            access.accessibleService(caller, serviceCode);
        }
        return TypeTree.of(types.ofService(serviceCode), caller.isIntegration());
    }

    /** Whether the caller reads this tree though they do not work in the service. */
    protected boolean readableBeyondMembership(Caller caller, String serviceCode) {
        return false;
    }

    /** Every type of the service, active or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<T> all(String serviceCode) {
        return types.ofService(serviceCode);
    }

    /** Adds a type under {@code parentId} (null: a root) at {@code position} (null: last) among its siblings. */
    @Transactional
    public T add(Caller caller, String serviceCode, Map<String, String> names, UUID parentId, Integer position) {
        access.administrableService(caller, serviceCode);
        TypeNames validNames = TypeNames.of("names", names);
        requireValid(position);
        List<T> all = types.lockForEditing(serviceCode);
        T parent = parentId == null ? null : parentIn(all, serviceCode, parentId);
        int depth = parent == null ? 1 : parent.depth() + 1;
        if (depth > TypeNode.MAX_DEPTH) {
            throw new ProblemException.Invalid("parentId",
                    "is on level " + TypeNode.MAX_DEPTH + ": a " + kind + " has at most " + TypeNode.MAX_DEPTH + " levels");
        }
        T added = newType.apply(serviceCode, validNames);
        List<T> siblings = childrenOf(all, parentId);
        siblings.add(insertionIndex(siblings, position), added);
        placeAll(siblings, parentId);
        types.add(added);
        types.flush();
        return added;
    }

    /** Renames the type (its names in every language, replaced as a whole) and/or (de)activates it. */
    @Transactional
    public TypeTree.Node<T> change(Caller caller, String serviceCode, UUID id, Map<String, String> names, Boolean active) {
        access.administrableService(caller, serviceCode);
        if (names == null && active == null) {
            throw new ProblemException.Invalid("names", "give names or active (or both) to change");
        }
        TypeNames validNames = names == null ? null : TypeNames.of("names", names);
        List<T> all = types.lockForEditing(serviceCode);
        T type = typeIn(all, serviceCode, id);
        if (validNames != null) {
            type.rename(validNames);
        }
        if (active != null) {
            type.activate(active);
        }
        types.flush();
        return TypeTree.of(all, false).node(id).orElseThrow();
    }

    /**
     * Moves the type with everything below it under {@code parentId} (null: to the roots) at {@code position} among
     * its new siblings, counted from 1; a drag in the console is one call. Returns the whole tree.
     */
    @Transactional
    public TypeTree<T> move(Caller caller, String serviceCode, UUID id, UUID parentId, Integer position) {
        access.administrableService(caller, serviceCode);
        requireValid(position);
        List<T> all = types.lockForEditing(serviceCode);
        T type = typeIn(all, serviceCode, id);
        TypeTree.Node<T> moved = TypeTree.of(all, false).node(id).orElseThrow();
        T parent = parentId == null ? null : parentIn(all, serviceCode, parentId);
        if (parent != null && moved.subtree().contains(parent)) {
            throw new ProblemException.Invalid("parentId", "is the " + kind + " itself or one below it");
        }
        int depth = parent == null ? 1 : parent.depth() + 1;
        if (depth + moved.height() - 1 > TypeNode.MAX_DEPTH) {
            throw new ProblemException.Invalid("parentId", "would put the " + kind + " and its " + (moved.height() - 1)
                    + " levels below it deeper than " + TypeNode.MAX_DEPTH + " levels");
        }
        UUID oldParentId = type.parentId();
        List<T> oldSiblings = childrenOf(all, oldParentId);
        oldSiblings.remove(type);
        placeAll(oldSiblings, oldParentId);
        List<T> siblings = childrenOf(all, parentId);
        siblings.remove(type);
        siblings.add(insertionIndex(siblings, position), type);
        placeAll(siblings, parentId);
        types.flush();
        return TypeTree.of(all, false);
    }

    /** Deletes the type with everything below it, unless a ticket names one of them (409: deactivate it instead). */
    @Transactional
    public void delete(Caller caller, String serviceCode, UUID id) {
        access.administrableService(caller, serviceCode);
        List<T> all = types.lockForEditing(serviceCode);
        T type = typeIn(all, serviceCode, id);
        List<T> subtree = TypeTree.of(all, false).node(id).orElseThrow().subtree();
        long tickets = types.ticketsNaming(subtree.stream().map(TypeNode::id).toList());
        if (tickets > 0) {
            throw new ProblemException.Conflict("The " + kind + " " + id + (subtree.size() > 1 ? " or one below it" : "")
                    + " is named by " + tickets + (tickets == 1 ? " ticket" : " tickets")
                    + ", so it cannot be deleted; deactivate it instead.");
        }
        List<T> siblings = childrenOf(all, type.parentId());
        siblings.remove(type);
        placeAll(siblings, type.parentId());
        List<T> deepestFirst = new ArrayList<>(subtree);
        Collections.reverse(deepestFirst);
        types.remove(deepestFirst);
    }

    private static void requireValid(Integer position) {
        if (position != null && position < 1) {
            throw new ProblemException.Invalid("position", "must be at least 1");
        }
    }

    private T typeIn(List<T> all, String serviceCode, UUID id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new ProblemException.NotFound("There is no " + kind + " " + id + " in " + serviceCode + "."));
    }

    private T parentIn(List<T> all, String serviceCode, UUID parentId) {
        return all.stream().filter(t -> t.id().equals(parentId)).findFirst().orElseThrow(
                () -> new ProblemException.Invalid("parentId", "is not a " + kind + " of " + serviceCode));
    }

    private static <T extends TypeNodeEntity> List<T> childrenOf(List<T> all, UUID parentId) {
        return new ArrayList<>(all.stream().filter(t -> Objects.equals(t.parentId(), parentId))
                .sorted(Comparator.comparingInt(TypeNode::position).thenComparing(t -> t.id().toString()))
                .toList());
    }

    private static int insertionIndex(List<?> siblings, Integer position) {
        return position == null ? siblings.size() : Math.min(position - 1, siblings.size());
    }

    private static <T extends TypeNodeEntity> void placeAll(List<T> siblings, UUID parentId) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(parentId, i + 1);
        }
    }
}
