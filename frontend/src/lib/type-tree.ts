/** A type (inquiry or processing) of a service with its children, names per language, as ticket-service sends it. */
export interface TypeTreeNode {
  id: string;
  names: Record<string, string>;
  /** Sent to operators only; an inactive type hides its subtree from new tickets. */
  active?: boolean | null;
  children: TypeTreeNode[];
}

/** The name in the language shown, else English, else any. */
export function localName(names: Record<string, string>, language: string): string {
  return names[language] ?? names.en ?? Object.values(names)[0] ?? '';
}

/**
 * A type tree as select options, children indented under their parent; names in the language shown. With
 * `activeOnly` an inactive type is left out with everything below it, as ticket-service does for new tickets.
 */
export function flattenTypes(
  nodes: TypeTreeNode[],
  language: string,
  { activeOnly = false }: { activeOnly?: boolean } = {},
  depth = 0,
): { id: string; label: string }[] {
  return nodes
    .filter((node) => !activeOnly || node.active !== false)
    .flatMap((node) => [
      { id: node.id, label: `${'\u00a0\u00a0'.repeat(depth)}${localName(node.names, language)}` },
      ...flattenTypes(node.children ?? [], language, { activeOnly }, depth + 1),
    ]);
}
