import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import type { TypeTreeNode } from '../../../lib/type-tree';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { TypeTreeAdmin } from './TypeTreeAdmin';

const PATH = '/api/v1/services/CS/inquiry-types';
const type = (id: string, en: string, children: TypeTreeNode[] = [], extra: Partial<TypeTreeNode> = {}): TypeTreeNode => ({
  id,
  names: { en, ko: `${en}(ko)` },
  active: true,
  children,
  ...extra,
});

/** The tree API as ticket-service answers it, over a mutable tree; `writes` are the changes asked for. */
function server(initial: TypeTreeNode[], { inUse = [] as string[] } = {}) {
  let roots = structuredClone(initial);
  let next = 1;
  const writes: string[] = [];
  const detach = (nodes: TypeTreeNode[], id: string): TypeTreeNode | null => {
    const i = nodes.findIndex((n) => n.id === id);
    if (i >= 0) return nodes.splice(i, 1)[0]!;
    for (const n of nodes) {
      const found = detach(n.children, id);
      if (found) return found;
    }
    return null;
  };
  const find = (nodes: TypeTreeNode[], id: string): TypeTreeNode | null =>
    nodes.reduce<TypeTreeNode | null>((hit, n) => hit ?? (n.id === id ? n : find(n.children, id)), null);
  const api = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (url.pathname === '/api/v1/services/CS') return jsonResponse({ code: 'CS', helpCenterLanguages: ['ko', 'en', 'zh'] });
    if (url.pathname === PATH && method === 'GET') return jsonResponse(roots);
    if (url.pathname === PATH && method === 'POST') {
      writes.push(`add ${JSON.stringify(body)}`);
      const added = { id: `new-${next++}`, names: body.names as Record<string, string>, active: true, children: [] };
      const parent = body.parentId ? find(roots, body.parentId as string) : null;
      (parent ? parent.children : roots).push(added);
      return jsonResponse(added, 201);
    }
    const id = url.pathname.slice(PATH.length + 1).replace(/\/move$/, '');
    if (url.pathname.endsWith('/move')) {
      writes.push(`move ${id} ${JSON.stringify(body)}`);
      const moved = detach(roots, id)!;
      const parent = body.parentId ? find(roots, body.parentId as string) : null;
      const siblings = parent ? parent.children : roots;
      siblings.splice(body.position ? (body.position as number) - 1 : siblings.length, 0, moved);
      return jsonResponse(roots);
    }
    if (method === 'PATCH') {
      writes.push(`change ${id} ${JSON.stringify(body)}`);
      if ((body.names as Record<string, string> | undefined)?.en === 'x'.repeat(5)) {
        return problemResponse({ status: 400, title: 'Bad Request', detail: 'The request has invalid fields.', errors: [{ field: 'names.en', message: 'size must be between 1 and 100' }] });
      }
      const node = find(roots, id)!;
      Object.assign(node, body.names ? { names: body.names } : {}, body.active !== undefined ? { active: body.active } : {});
      return jsonResponse(node);
    }
    if (method === 'DELETE') {
      writes.push(`delete ${id}`);
      if (inUse.includes(id)) {
        return problemResponse({ status: 409, title: 'Conflict', detail: `The inquiry type ${id} is named by 3 tickets, so it cannot be deleted; deactivate it instead.` });
      }
      detach(roots, id);
      return noContent();
    }
    return undefined;
  });
  return { ...api, writes, roots: () => roots };
}

const show = (fetchFn: typeof fetch, locale: 'en' | 'ko' | 'ja' = 'en') =>
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <TypeTreeAdmin code="CS" kind="inquiry-types" />
    </LocaleContext.Provider>,
    { fetchFn },
  );

const names = () => screen.queryAllByTestId('type-node').map((n) => `${'-'.repeat(Number(n.getAttribute('aria-level')) - 1)}${n.dataset.name}`);
const row = (name: string) => screen.getAllByTestId('type-node').find((n) => n.dataset.name === name)!;
const rowOf = (name: string) => within(row(name)).getAllByTestId('type-row')[0]!;

const dataTransfer = { setData: () => undefined, effectAllowed: '' };

/** A drag event at a height of a 40 px row: 2 is its upper edge, 20 its middle, 38 its lower edge. */
function drag(kind: 'dragStart' | 'dragOver' | 'drop', name: string, y = 20) {
  const target = rowOf(name);
  target.getBoundingClientRect = () => ({ top: 0, height: 40, bottom: 40, left: 0, right: 400, width: 400, x: 0, y: 0, toJSON: () => ({}) });
  const event = createEvent[kind](target, { dataTransfer });
  Object.defineProperty(event, 'clientY', { value: y });
  fireEvent(target, event);
}

describe('TypeTreeAdmin', () => {
  it('shows the tree by level in the console language and adds types named in every language', async () => {
    const api = server([type('b', 'Billing', [type('r', 'Refund')]), type('s', 'Shipping', [], { active: false })]);
    show(api.fetchFn, 'ko');
    await waitFor(() => expect(names()).toEqual(['Billing(ko)', '-Refund(ko)', 'Shipping(ko)']));
    expect(within(row('Shipping(ko)')).getByTestId('type-inactive')).toHaveTextContent('사용 안 함');

    // a root: nothing named is refused before anything is sent
    await userEvent.click(screen.getByTestId('type-add-root'));
    const form = screen.getByTestId('type-new');
    // the console's languages and the service's own (zh)
    expect(within(form).getAllByRole('textbox').map((i) => i.getAttribute('data-testid'))).toEqual(['type-name-ko', 'type-name-ja', 'type-name-en', 'type-name-zh']);
    await userEvent.click(within(form).getByTestId('type-save'));
    expect(within(form).getByTestId('type-names-error')).toHaveTextContent('하나 이상의 언어로 이름을 입력하세요.');
    await userEvent.type(within(form).getByTestId('type-name-ko'), ' 계정 ');
    await userEvent.type(within(form).getByTestId('type-name-ja'), 'アカウント');
    await userEvent.click(within(form).getByTestId('type-save'));
    await waitFor(() => expect(names()).toEqual(['Billing(ko)', '-Refund(ko)', 'Shipping(ko)', '계정']));
    expect(api.writes).toEqual(['add {"names":{"ko":"계정","ja":"アカウント"},"parentId":null}']);

    // below a type
    await userEvent.click(within(rowOf('Refund(ko)')).getByTestId('type-add-child'));
    await userEvent.type(screen.getByTestId('type-name-en'), 'Partial');
    await userEvent.click(within(screen.getByTestId('type-new')).getByTestId('type-save'));
    await waitFor(() => expect(names()).toContain('--Partial'));
    expect(api.writes[1]).toBe('add {"names":{"en":"Partial"},"parentId":"r"}');
  });

  it('renames, deactivates and moves under another parent, showing a server field error on its input', async () => {
    const api = server([type('b', 'Billing', [type('r', 'Refund')]), type('a', 'Account')]);
    show(api.fetchFn);
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund', 'Account']));
    await userEvent.click(within(rowOf('Refund')).getByTestId('type-edit'));
    const form = screen.getByTestId('type-form');
    // its own subtree is not offered as a parent
    expect(within(within(form).getByTestId('type-parent')).getAllByRole('option').map((o) => o.textContent?.trim())).toEqual(['(top level)', 'Billing', 'Account']);
    await userEvent.clear(within(form).getByTestId('type-name-en'));
    await userEvent.type(within(form).getByTestId('type-name-en'), 'xxxxx');
    await userEvent.click(within(form).getByTestId('type-save'));
    expect(await within(form).findByText('size must be between 1 and 100')).toBeInTheDocument();

    await userEvent.clear(within(form).getByTestId('type-name-en'));
    await userEvent.type(within(form).getByTestId('type-name-en'), 'Refund request');
    await userEvent.click(within(form).getByTestId('type-active'));
    await userEvent.selectOptions(within(form).getByTestId('type-parent'), 'a');
    await userEvent.click(within(form).getByTestId('type-save'));
    await waitFor(() => expect(names()).toEqual(['Billing', 'Account', '-Refund request']));
    expect(api.writes.slice(1)).toEqual([
      'change r {"names":{"en":"Refund request","ko":"Refund(ko)"},"active":false}',
      'move r {"parentId":"a"}',
    ]);
    expect(within(row('Refund request')).getByTestId('type-inactive')).toBeInTheDocument();
  });

  it('reorders with the arrow buttons and moves by drag and drop, refusing a drop below itself', async () => {
    const api = server([type('b', 'Billing', [type('r', 'Refund')]), type('a', 'Account'), type('s', 'Shipping')]);
    show(api.fetchFn);
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund', 'Account', 'Shipping']));
    await userEvent.click(screen.getByRole('button', { name: 'Move “Shipping” up' }));
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund', 'Shipping', 'Account']));
    expect(api.writes).toEqual(['move s {"parentId":null,"position":2}']);
    expect(screen.getByRole('button', { name: 'Move “Billing” up' })).toBeDisabled();

    // Account dropped onto the middle of Refund: below it
    drag('dragStart', 'Account');
    drag('dragOver', 'Refund');
    expect(rowOf('Refund')).toHaveClass('drop-into');
    drag('drop', 'Refund');
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund', '--Account', 'Shipping']));
    expect(api.writes[1]).toBe('move a {"parentId":"r"}');

    // Billing onto its own grandchild: nothing is sent
    drag('dragStart', 'Billing');
    drag('dragOver', 'Account');
    expect(rowOf('Account')).toHaveClass('drop-refused');
    drag('drop', 'Account');
    // Shipping onto the upper edge of Billing: before it
    drag('dragStart', 'Shipping');
    drag('dragOver', 'Billing', 2);
    expect(rowOf('Billing')).toHaveClass('drop-before');
    drag('drop', 'Billing', 2);
    await waitFor(() => expect(names()).toEqual(['Shipping', 'Billing', '-Refund', '--Account']));
    expect(api.writes.slice(2)).toEqual(['move s {"parentId":null,"position":1}']);
  });

  it('asks before deleting, and offers to deactivate a type that tickets name', async () => {
    const api = server([type('b', 'Billing', [type('r', 'Refund')]), type('a', 'Account')], { inUse: ['b'] });
    show(api.fetchFn, 'ja');
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund', 'Account']));
    await userEvent.click(within(rowOf('Account')).getByTestId('type-delete'));
    let dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('「Account」を削除しますか？');
    await userEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(names()).toEqual(['Billing', '-Refund']));

    await userEvent.click(within(rowOf('Billing')).getByTestId('type-delete'));
    dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('「Billing」と下の1件のタイプを削除しますか？');
    await userEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    expect(await within(dialog).findByText('チケットに設定されているため削除できません。')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('named by 3 tickets');
    await userEvent.click(within(dialog).getByTestId('type-deactivate-instead'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(row('Billing')).getByTestId('type-inactive')).toHaveTextContent('無効');
    expect(api.writes).toEqual(['delete a', 'delete b', 'change b {"active":false}']);
  });

  it('searches the names in every language, keeping the ancestors of a match', async () => {
    const api = server([type('b', 'Billing', [type('r', 'Refund')]), type('a', 'Account')]);
    show(api.fetchFn);
    await waitFor(() => expect(names()).toHaveLength(3));
    await userEvent.type(screen.getByTestId('type-search'), 'refund(ko');
    expect(names()).toEqual(['Billing', '-Refund']);
    await userEvent.clear(screen.getByTestId('type-search'));
    await userEvent.type(screen.getByTestId('type-search'), 'zzz');
    expect(screen.getByText('No type matches.')).toBeInTheDocument();
  });
});
