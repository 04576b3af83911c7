import type { ApiClient } from '../../../lib/api-client';
import type { TypeTreeNode } from '../../../lib/type-tree';
import type { MoveTarget } from '../lib/tree';

/** The two trees a service has; both are edited alike. */
export type TreeKind = 'inquiry-types' | 'processing-types';

const treePath = (code: string, kind: TreeKind) => `/api/v1/services/${encodeURIComponent(code)}/${kind}`;

export const typeTreeKeys = {
  tree: (code: string, kind: TreeKind) => ['type-trees', code, kind] as const,
  languages: (code: string) => ['type-trees', code, 'languages'] as const,
};

export function typeTreeQueryOptions(client: ApiClient, code: string, kind: TreeKind) {
  return { queryKey: typeTreeKeys.tree(code, kind), queryFn: () => client.get<TypeTreeNode[]>(treePath(code, kind)) };
}

/** The service's help-center languages: a type is named in each of them (and in the console's). */
export function serviceLanguagesQueryOptions(client: ApiClient, code: string) {
  return {
    queryKey: typeTreeKeys.languages(code),
    queryFn: async () =>
      (await client.get<{ helpCenterLanguages: string[] }>(`/api/v1/services/${encodeURIComponent(code)}`))
        .helpCenterLanguages,
  };
}

export function typeTreeApi(client: ApiClient, code: string, kind: TreeKind) {
  const base = treePath(code, kind);
  return {
    add: (names: Record<string, string>, parentId: string | null) =>
      client.post<TypeTreeNode>(base, { names, parentId }),
    change: (id: string, change: { names?: Record<string, string>; active?: boolean }) =>
      client.patch<TypeTreeNode>(`${base}/${encodeURIComponent(id)}`, change),
    move: (id: string, target: MoveTarget) => client.post<TypeTreeNode[]>(`${base}/${encodeURIComponent(id)}/move`, target),
    remove: (id: string) => client.delete(`${base}/${encodeURIComponent(id)}`),
  };
}
