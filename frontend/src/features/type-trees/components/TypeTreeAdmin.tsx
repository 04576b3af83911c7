import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { localName, type TypeTreeNode } from '../../../lib/type-tree';
import {
  serviceLanguagesQueryOptions,
  typeTreeApi,
  typeTreeQueryOptions,
  type TreeKind,
} from '../api/type-trees';
import {
  descendants,
  dropTarget,
  filterTree,
  locate,
  MAX_DEPTH,
  possibleParents,
  type DropZone,
  type MoveTarget,
} from '../lib/tree';
import { TypeNamesForm, type TypeFormValues } from './TypeNamesForm';

/** The console's languages come first, then the service's other help-center languages. */
const CONSOLE_LANGUAGES = ['ko', 'ja', 'en'];

function zoneAt(event: DragEvent<HTMLElement>): DropZone {
  const box = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - box.top) / Math.max(box.height, 1);
  return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'into';
}

/**
 * A service's inquiry types (접수유형 / 受付タイプ) or processing types (처리유형 / 処理タイプ) as its admins edit
 * them: add at any of five levels, rename in every language, (de)activate, drag to move and reorder (or the ↑ ↓
 * buttons and the parent picker, without a mouse), delete while no ticket names the type.
 */
export function TypeTreeAdmin({ code, kind }: { code: string; kind: TreeKind }) {
  const { m, locale } = useI18n();
  const t = m.typeTrees;
  const id = useId();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const treeQuery = typeTreeQueryOptions(client, code, kind);
  const tree = useQuery(treeQuery);
  const serviceLanguages = useQuery(serviceLanguagesQueryOptions(client, code));
  const api = typeTreeApi(client, code, kind);
  const reload = () => queryClient.invalidateQueries({ queryKey: treeQuery.queryKey });

  const [adding, setAdding] = useState<{ parentId: string | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TypeTreeNode | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<{ id: string; zone: DropZone } | null>(null);
  const [q, setQ] = useState('');

  const add = useMutation({
    mutationFn: ({ names, parentId }: { names: Record<string, string>; parentId: string | null }) => api.add(names, parentId),
    onSuccess: () => (setAdding(null), reload()),
  });
  const save = useMutation({
    mutationFn: async ({ node, values }: { node: TypeTreeNode; values: TypeFormValues }) => {
      await api.change(node.id, { names: values.names, active: values.active });
      const now = locate(tree.data ?? [], node.id);
      if (now && now.parentId !== values.parentId) await api.move(node.id, { parentId: values.parentId });
    },
    onSuccess: () => setEditing(null),
    onSettled: reload,
  });
  const move = useMutation({
    mutationFn: ({ node, target }: { node: TypeTreeNode; target: MoveTarget }) => api.move(node.id, target),
    onSuccess: (roots) => queryClient.setQueryData(treeQuery.queryKey, roots),
    onError: reload,
  });
  const remove = useMutation({
    mutationFn: (node: TypeTreeNode) => api.remove(node.id),
    onSuccess: () => (setRemoving(null), reload()),
  });
  const deactivate = useMutation({
    mutationFn: (node: TypeTreeNode) => api.change(node.id, { active: false }),
    onSuccess: () => (setRemoving(null), remove.reset(), reload()),
  });

  const roots = tree.data ?? [];
  const shown = filterTree(roots, q);
  const languages = [
    ...new Set([...CONSOLE_LANGUAGES, ...(serviceLanguages.data ?? [])]),
  ];
  const heading = kind === 'inquiry-types' ? t.inquiryHeading : t.processingHeading;
  const name = (node: TypeTreeNode) => localName(node.names, locale);

  function drop(target: TypeTreeNode, zone: DropZone) {
    const from = dragged;
    setDragged(null);
    setDropHint(null);
    if (!from || from === target.id) return;
    const node = locate(roots, from)?.node;
    const where = dropTarget(roots, from, target.id, zone);
    if (node && where) move.mutate({ node, target: where });
  }

  function shift(node: TypeTreeNode, by: -1 | 1) {
    const at = locate(roots, node.id);
    if (!at) return;
    const index = at.siblings.findIndex((s) => s.id === node.id);
    move.mutate({ node, target: { parentId: at.parentId, position: index + 1 + by } });
  }

  function item(node: TypeTreeNode, depth: number, siblings: TypeTreeNode[], index: number) {
    const hint = dropHint?.id === node.id ? dropHint.zone : null;
    const moveAllowed = dragged !== null && dropTarget(roots, dragged, node.id, hint ?? 'into') !== null;
    return (
      <li
        key={node.id}
        role="treeitem"
        aria-level={depth}
        aria-expanded={node.children.length > 0 ? true : undefined}
        aria-selected={false}
        data-testid="type-node"
        data-name={name(node)}
        className={node.active === false ? 'type-node inactive' : 'type-node'}
      >
        <div
          className={`type-row${hint ? ` drop-${hint}${moveAllowed ? '' : ' drop-refused'}` : ''}`}
          data-testid="type-row"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', node.id);
            setDragged(node.id);
          }}
          onDragEnd={() => (setDragged(null), setDropHint(null))}
          onDragOver={(e) => {
            if (!dragged || dragged === node.id) return;
            e.preventDefault();
            const zone = zoneAt(e);
            if (hint !== zone) setDropHint({ id: node.id, zone });
          }}
          onDragLeave={() => setDropHint((h) => (h?.id === node.id ? null : h))}
          onDrop={(e) => (e.preventDefault(), drop(node, zoneAt(e)))}
        >
          <span className="drag-handle" aria-hidden="true" title={t.dragHint}>
            ⠿
          </span>
          <span className="type-name" data-testid="type-name">
            {name(node)}
          </span>
          <span className="muted type-other-names">
            {Object.entries(node.names)
              .filter(([language]) => language !== locale)
              .map(([language, other]) => `${language}: ${other}`)
              .join(' · ')}
          </span>
          {node.active === false && (
            <span className="badge" data-testid="type-inactive">
              {t.inactive}
            </span>
          )}
          <span className="type-actions">
            <button type="button" className="link" aria-label={format(t.moveUp, { name: name(node) })} disabled={index === 0 || move.isPending} onClick={() => shift(node, -1)}>
              ↑
            </button>
            <button type="button" className="link" aria-label={format(t.moveDown, { name: name(node) })} disabled={index === siblings.length - 1 || move.isPending} onClick={() => shift(node, 1)}>
              ↓
            </button>
            {depth < MAX_DEPTH && (
              <button type="button" className="link" data-testid="type-add-child" onClick={() => (add.reset(), setEditing(null), setAdding({ parentId: node.id }))}>
                {t.addChild}
              </button>
            )}
            <button type="button" className="link" data-testid="type-edit" onClick={() => (save.reset(), setAdding(null), setEditing(node.id))}>
              {t.edit}
            </button>
            <button type="button" className="link danger-link" data-testid="type-delete" onClick={() => (remove.reset(), deactivate.reset(), setRemoving(node))}>
              {t.delete}
            </button>
          </span>
        </div>
        {editing === node.id && (
          <TypeNamesForm
            idPrefix={`${id}-edit`}
            languages={[...new Set([...languages, ...Object.keys(node.names)])]}
            initial={{ names: node.names, active: node.active !== false, parentId: locate(roots, node.id)?.parentId ?? null }}
            parents={possibleParents(roots, node.id, locale)}
            submitLabel={t.save}
            busy={save.isPending}
            error={save.error}
            onSubmit={(values) => save.mutate({ node, values })}
            onCancel={() => setEditing(null)}
          />
        )}
        {adding?.parentId === node.id && newTypeForm(format(t.addUnder, { name: name(node) }))}
        {node.children.length > 0 && (
          <ul role="group">{node.children.map((child, i) => item(child, depth + 1, node.children, i))}</ul>
        )}
      </li>
    );
  }

  function newTypeForm(title: string) {
    return (
      <div className="type-new" data-testid="type-new">
        <h3>{title}</h3>
        <TypeNamesForm
          idPrefix={`${id}-new`}
          languages={languages}
          initial={{ names: {}, active: true, parentId: adding?.parentId ?? null }}
          submitLabel={t.add}
          busy={add.isPending}
          error={add.error}
          onSubmit={(values) => add.mutate({ names: values.names, parentId: adding?.parentId ?? null })}
          onCancel={() => setAdding(null)}
        />
      </div>
    );
  }

  const removingBelow = removing ? descendants(removing) : 0;
  const inUse = remove.error instanceof ApiError && remove.error.status === 409;
  return (
    <section data-testid="type-tree-admin" data-kind={kind} aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{heading}</h1>
      <p className="muted">{t.hint}</p>
      <div className="button-row">
        <button type="button" data-testid="type-add-root" onClick={() => (add.reset(), setEditing(null), setAdding({ parentId: null }))}>
          {t.addRoot}
        </button>
        <input
          type="search"
          aria-label={t.search}
          placeholder={t.search}
          data-testid="type-search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {adding?.parentId === null && newTypeForm(t.addRoot)}
      {move.error && <ErrorMessage error={move.error} fallback={t.moveFailed} />}
      {tree.error && <ErrorMessage error={tree.error} fallback={t.loadFailed} />}
      {tree.isPending && <p className="muted">{m.app.loading}</p>}
      {tree.data && roots.length === 0 && <p className="muted">{t.none}</p>}
      {roots.length > 0 && shown.length === 0 && <p className="muted">{t.noMatch}</p>}
      {shown.length > 0 && (
        <ul role="tree" aria-label={heading} className="type-tree" data-testid="type-tree">
          {shown.map((node, i) => item(node, 1, shown, i))}
        </ul>
      )}
      <p className="muted field-hint">{t.dragHint}</p>
      {removing && (
        <ConfirmDialog
          title={t.deleteTitle}
          message={format(removingBelow > 0 ? t.deleteConfirmSubtree : t.deleteConfirm, {
            name: name(removing),
            count: removingBelow,
          })}
          confirmLabel={t.delete}
          danger
          busy={remove.isPending}
          onCancel={() => (setRemoving(null), remove.reset())}
          onConfirm={() => remove.mutate(removing)}
        >
          {remove.isError && <ErrorMessage error={remove.error} fallback={inUse ? t.inUse : t.deleteFailed} />}
          {inUse && removing.active !== false && (
            <button type="button" data-testid="type-deactivate-instead" disabled={deactivate.isPending} onClick={() => deactivate.mutate(removing)}>
              {t.deactivateInstead}
            </button>
          )}
          {deactivate.isError && <ErrorMessage error={deactivate.error} fallback={t.saveFailed} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
