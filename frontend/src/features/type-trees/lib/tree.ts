import { localName, type TypeTreeNode } from '../../../lib/type-tree';

/** ticket-service's limits: five levels, names of at most 100 characters. */
export const MAX_DEPTH = 5;
export const MAX_NAME = 100;

/** Where a dragged type lands relative to the row it is dropped on. */
export type DropZone = 'before' | 'into' | 'after';

/** What the move API takes: the new parent (null: a root) and the place among the new siblings (omitted: last). */
export interface MoveTarget {
  parentId: string | null;
  position?: number;
}

export interface Located {
  node: TypeTreeNode;
  parentId: string | null;
  /** Siblings in order, the node among them. */
  siblings: TypeTreeNode[];
  depth: number;
}

/** The node with its parent, siblings and level, if it is in the tree. */
export function locate(roots: TypeTreeNode[], id: string, parentId: string | null = null, depth = 1): Located | null {
  for (const node of roots) {
    if (node.id === id) return { node, parentId, siblings: roots, depth };
    const below = locate(node.children, id, node.id, depth + 1);
    if (below) return below;
  }
  return null;
}

/** Levels from the node to its deepest descendant: 1 without children. */
export function height(node: TypeTreeNode): number {
  return 1 + Math.max(0, ...node.children.map(height));
}

function contains(node: TypeTreeNode, id: string): boolean {
  return node.id === id || node.children.some((child) => contains(child, id));
}

/** How many types lie below the node. */
export function descendants(node: TypeTreeNode): number {
  return node.children.reduce((sum, child) => sum + 1 + descendants(child), 0);
}

/**
 * The move a drop asks for, or null when it is no move or not allowed (onto itself or below itself, or deeper than
 * five levels) — the server refuses those too.
 */
export function dropTarget(roots: TypeTreeNode[], draggedId: string, targetId: string, zone: DropZone): MoveTarget | null {
  const dragged = locate(roots, draggedId);
  const target = locate(roots, targetId);
  if (!dragged || !target || contains(dragged.node, targetId)) return null;
  const parentId = zone === 'into' ? target.node.id : target.parentId;
  const parentDepth = zone === 'into' ? target.depth : target.depth - 1;
  if (parentDepth + height(dragged.node) > MAX_DEPTH) return null;
  if (zone === 'into') return { parentId };
  const others = target.siblings.filter((s) => s.id !== draggedId);
  const index = others.findIndex((s) => s.id === targetId);
  return { parentId, position: index + (zone === 'before' ? 1 : 2) };
}

/** The parents the node may move under: none of its own subtree, none that would put it below level five. */
export function possibleParents(roots: TypeTreeNode[], id: string, language: string): { id: string; label: string }[] {
  const moving = locate(roots, id);
  if (!moving) return [];
  const room = MAX_DEPTH - height(moving.node);
  const walk = (nodes: TypeTreeNode[], depth: number): { id: string; label: string }[] =>
    nodes.flatMap((node) =>
      node.id === id
        ? []
        : [
            ...(depth <= room ? [{ id: node.id, label: `${'\u00a0\u00a0'.repeat(depth - 1)}${localName(node.names, language)}` }] : []),
            ...walk(node.children, depth + 1),
          ],
    );
  return walk(roots, 1);
}

/** The tree cut down to the types whose name (in any language) contains the text, with their ancestors. */
export function filterTree(roots: TypeTreeNode[], text: string): TypeTreeNode[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return roots;
  return roots.flatMap((node) => {
    const children = filterTree(node.children, needle);
    const matches = Object.values(node.names).some((name) => name.toLowerCase().includes(needle));
    return matches || children.length > 0 ? [{ ...node, children: matches ? node.children : children }] : [];
  });
}

/** The names as the API takes them: blank entries left out, the rest trimmed. */
export function namesToSend(names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(names)
      .map(([language, name]) => [language, name.trim()] as const)
      .filter(([, name]) => name !== ''),
  );
}
