import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { SlaPolicy, SlaPolicyRequest } from '../api/types';
import { SlaPolicies } from './SlaPolicies';

const POLICIES = '/api/v1/sla/services/CS/policies';

const policy = (overrides: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 'p-1',
  name: 'VIP',
  position: 1,
  enabled: true,
  conditions: [{ target: 'priority', operator: 'in', values: ['URGENT'] }],
  targets: { URGENT: { firstResponse: 'PT30M', nextResponse: null, resolution: 'PT4H' } },
  hours: 'CALENDAR',
  pauseIn: ['ON_HOLD'],
  warnBefore: 'PT10M',
  onBreach: { raisePriority: true, reassignGroupId: null },
  version: 3,
  ...overrides,
});

interface Write {
  method: string;
  path: string;
  ifMatch?: string;
  body?: unknown;
}

/**
 * escalation-service's SLA policies of CS and ticket-service's groups and inquiry types; `answer` may answer a write
 * instead (a 400, a 409).
 */
function server(state: { policies: SlaPolicy[]; answer?: (write: Write) => Response | undefined; page?: { mayAdminister: boolean } }) {
  const writes: Write[] = [];
  const api = fakeServer(
    (url) => (url.pathname === '/api/v1/services/CS/groups' ? jsonResponse([{ id: 'g-1', name: 'Support' }, { id: 'g-2', name: 'Escalation desk' }]) : undefined),
    (url) =>
      url.pathname === '/api/v1/services/CS/inquiry-types'
        ? jsonResponse([
            { id: 't-1', names: { en: 'Billing', ko: '결제' }, active: true, children: [{ id: 't-2', names: { en: 'Refund' }, active: true, children: [] }] },
          ])
        : undefined,
    (url, init) => {
      if (!url.pathname.startsWith(POLICIES)) return undefined;
      const method = init?.method ?? 'GET';
      if (method === 'GET') return jsonResponse(state.page ? { items: state.policies, ...state.page } : state.policies);
      const headers = (init?.headers ?? {}) as Record<string, string>;
      const write: Write = { method, path: url.pathname, ifMatch: headers['If-Match'], body: init?.body ? JSON.parse(String(init.body)) : undefined };
      writes.push(write);
      const answered = state.answer?.(write);
      if (answered) return answered;
      if (url.pathname === `${POLICIES}/order`) {
        const ids = (write.body as { ids: string[] }).ids;
        state.policies = ids.map((id, i) => ({ ...state.policies.find((p) => p.id === id)!, position: i + 1 }));
        return noContent();
      }
      const id = url.pathname.slice(POLICIES.length + 1);
      if (method === 'POST') {
        const created = { ...(write.body as SlaPolicyRequest), id: 'p-new', position: state.policies.length + 1, version: 0 };
        state.policies = [...state.policies, created];
        return jsonResponse(created, 201);
      }
      if (method === 'PUT') {
        const old = state.policies.find((p) => p.id === id)!;
        const stored = { ...old, ...(write.body as SlaPolicyRequest), version: old.version + 1 };
        state.policies = state.policies.map((p) => (p.id === id ? stored : p));
        return jsonResponse(stored);
      }
      if (method === 'DELETE') {
        state.policies = state.policies.filter((p) => p.id !== id);
        return noContent();
      }
      return undefined;
    },
  );
  return { ...api, writes };
}

function show(fetchFn: typeof fetch, { mayAdminister = true, locale = 'en' }: { mayAdminister?: boolean; locale?: 'en' | 'ko' | 'ja' } = {}) {
  return renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <SlaPolicies code="CS" mayAdminister={mayAdminister} />
    </LocaleContext.Provider>,
    { fetchFn },
  );
}

const names = () => screen.getAllByTestId('sla-policy-name').map((cell) => cell.textContent);

describe('SlaPolicies', () => {
  it('lists the policies by position, with their hours, pause and conditions', async () => {
    show(server({ policies: [policy({ id: 'p-2', name: 'Default', position: 2, conditions: [], hours: 'BUSINESS', pauseIn: [] }), policy()] }).fetchFn);
    const rows = await screen.findAllByTestId('sla-policy-row');
    expect(names()).toEqual(['VIP', 'Default']);
    expect(rows[0]).toHaveTextContent('Calendar hours');
    expect(rows[0]).toHaveTextContent('Paused while on hold');
    expect(rows[0]).toHaveTextContent('1 condition(s)');
    expect(rows[1]).toHaveTextContent('Business hours');
    expect(rows[1]).toHaveTextContent('Every ticket');
    expect(screen.getByRole('button', { name: 'Move VIP up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Default down' })).toBeDisabled();
  });

  it('moves a policy down and sends the whole new order', async () => {
    const api = server({ policies: [policy(), policy({ id: 'p-2', name: 'Default', position: 2 }), policy({ id: 'p-3', name: 'Low', position: 3 })] });
    show(api.fetchFn);
    await userEvent.click(await screen.findByRole('button', { name: 'Move VIP down' }));
    await waitFor(() => expect(names()).toEqual(['Default', 'VIP', 'Low']));
    expect(api.writes).toEqual([{ method: 'PUT', path: `${POLICIES}/order`, body: { ids: ['p-2', 'p-1', 'p-3'] } }]);
    await userEvent.click(screen.getByRole('button', { name: 'Move Low up' }));
    await waitFor(() => expect(names()).toEqual(['Default', 'Low', 'VIP']));
    expect(api.writes[1]!.body).toEqual({ ids: ['p-2', 'p-3', 'p-1'] });
  });

  it('switches a policy off with If-Match of the version shown', async () => {
    const api = server({ policies: [policy()] });
    show(api.fetchFn);
    const toggle = await screen.findByRole('checkbox', { name: 'Enabled: VIP' });
    await userEvent.click(toggle);
    await waitFor(() => expect(screen.getByTestId('sla-policy-row')).toHaveAttribute('data-enabled', 'false'));
    expect(api.writes).toHaveLength(1);
    expect(api.writes[0]).toMatchObject({ method: 'PUT', path: `${POLICIES}/p-1`, ifMatch: '"3"' });
    expect(api.writes[0]!.body).toMatchObject({ name: 'VIP', enabled: false, hours: 'CALENDAR', warnBefore: 'PT10M' });
  });

  it('creates a policy from hours and minutes, conditions and what a breach does', async () => {
    const api = server({ policies: [] });
    show(api.fetchFn);
    expect(await screen.findByTestId('sla-no-policies')).toHaveTextContent('No SLA policies yet.');
    await userEvent.click(screen.getByTestId('sla-add'));
    await userEvent.type(screen.getByLabelText(/^Name/), 'Standard');
    await userEvent.selectOptions(screen.getByLabelText('Hours'), 'CALENDAR');
    const pause = screen.getByTestId('sla-pause-in');
    expect(within(pause).getByRole('checkbox', { name: 'On hold' })).toBeChecked();
    await userEvent.click(within(pause).getByRole('checkbox', { name: 'Escalated' }));
    await userEvent.type(screen.getByLabelText('Warn before due: minutes'), '30');
    await userEvent.type(screen.getByLabelText('High · First response: hours'), '1');
    await userEvent.type(screen.getByLabelText('High · First response: minutes'), '30');
    await userEvent.type(screen.getByLabelText('Normal · Resolution: hours'), '48');

    await userEvent.click(screen.getByTestId('sla-add-condition'));
    await userEvent.click(screen.getByTestId('sla-add-condition'));
    await userEvent.click(screen.getByTestId('sla-add-condition'));
    const [byChannel, byType, byTags] = screen.getAllByTestId('sla-condition');
    await userEvent.selectOptions(within(byChannel!).getByLabelText('Condition 1: field'), 'channel');
    await userEvent.selectOptions(within(byChannel!).getByLabelText('Condition 1: operator'), 'not_in');
    await userEvent.click(within(byChannel!).getByRole('checkbox', { name: 'Phone' }));
    await userEvent.selectOptions(within(byType!).getByLabelText('Condition 2: field'), 'inquiryTypeId');
    await userEvent.click(await within(byType!).findByRole('checkbox', { name: /Refund/ }));
    await userEvent.selectOptions(within(byTags!).getByLabelText('Condition 3: field'), 'tags');
    await userEvent.type(within(byTags!).getByLabelText('Condition 3: values'), 'vip, refund');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Raise the priority one step' }));
    await userEvent.selectOptions(await screen.findByLabelText("Hand the ticket to this group's queue"), 'Escalation desk');
    await userEvent.click(screen.getByTestId('sla-save'));

    expect(await screen.findByTestId('sla-saved')).toHaveTextContent('The policy is saved.');
    expect(api.writes).toHaveLength(1);
    expect(api.writes[0]).toMatchObject({ method: 'POST', path: POLICIES, ifMatch: undefined });
    expect(api.writes[0]!.body).toEqual({
      name: 'Standard',
      enabled: true,
      conditions: [
        { target: 'channel', operator: 'not_in', values: ['PHONE'] },
        { target: 'inquiryTypeId', operator: 'in', values: ['t-2'] },
        { target: 'tags', operator: 'in', values: ['vip', 'refund'] },
      ],
      targets: {
        URGENT: { firstResponse: null, nextResponse: null, resolution: null },
        HIGH: { firstResponse: 'PT1H30M', nextResponse: null, resolution: null },
        NORMAL: { firstResponse: null, nextResponse: null, resolution: 'PT48H' },
        LOW: { firstResponse: null, nextResponse: null, resolution: null },
      },
      hours: 'CALENDAR',
      pauseIn: ['ON_HOLD', 'ESCALATED'],
      warnBefore: 'PT30M',
      onBreach: { raisePriority: true, reassignGroupId: 'g-2' },
    });
    // the stored policy is listed and open for editing
    expect(await screen.findByRole('heading', { name: 'SLA policy: Standard' })).toBeInTheDocument();
    expect(names()).toEqual(['Standard']);
  });

  it('says what is wrong before sending, at the fields, and focuses the first one', async () => {
    const api = server({ policies: [] });
    show(api.fetchFn);
    await userEvent.click(await screen.findByTestId('sla-add'));
    await userEvent.type(screen.getByLabelText('Urgent · Resolution: minutes'), '75');
    await userEvent.click(screen.getByTestId('sla-add-condition'));
    await userEvent.click(screen.getByTestId('sla-save'));

    expect(screen.getByTestId('sla-policy-name-error')).toHaveTextContent('Enter a name.');
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
    expect(screen.getByTestId('sla-policy-targets-URGENT-resolution-error')).toHaveTextContent('Enter whole hours and minutes from 0 to 59.');
    expect(screen.getByLabelText('Urgent · Resolution: minutes')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('sla-policy-conditions-0-values-error')).toHaveTextContent('Choose at least one value.');
    expect(api.writes).toEqual([]);

    await userEvent.clear(screen.getByLabelText('Urgent · Resolution: minutes'));
    await userEvent.type(screen.getByLabelText(/^Name/), 'X');
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    await userEvent.click(screen.getByTestId('sla-save'));
    expect(screen.getByTestId('sla-policy-targets-error')).toHaveTextContent('Set at least one target.');
    expect(api.writes).toEqual([]);
  });

  it("shows the server's 400 field errors at their fields, others with the problem", async () => {
    const api = server({
      policies: [policy()],
      answer: (write) =>
        write.method === 'PUT'
          ? problemResponse({
              status: 400,
              title: 'Bad Request',
              detail: 'The policy is not valid.',
              errors: [
                { field: 'targets.URGENT.firstResponse', message: 'must be shorter than the resolution target' },
                { field: 'conditions[0].values', message: 'unknown priority' },
                { field: 'name', message: 'is taken' },
                { field: 'somethingElse', message: 'odd' },
                { field: 'pauseIn[0]', message: 'must be a ticket status, e.g. ON_HOLD' },
                { field: 'targets.SOON', message: 'must be LOW, NORMAL, HIGH or URGENT' },
              ],
            })
          : undefined,
    });
    show(api.fetchFn);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit VIP' }));
    expect(screen.getByLabelText('Urgent · First response: minutes')).toHaveValue('30');
    expect(screen.getByLabelText('Urgent · Resolution: hours')).toHaveValue('4');
    await userEvent.click(screen.getByTestId('sla-save'));

    expect(await screen.findByTestId('sla-policy-targets-URGENT-firstResponse-error')).toHaveTextContent('must be shorter than the resolution target');
    expect(screen.getByTestId('sla-policy-conditions-0-values-error')).toHaveTextContent('unknown priority');
    expect(screen.getByTestId('sla-policy-name-error')).toHaveTextContent('is taken');
    expect(screen.getByTestId('sla-policy-pauseIn-error')).toHaveTextContent('must be a ticket status');
    expect(screen.getByTestId('sla-policy-targets-error')).toHaveTextContent('must be LOW, NORMAL, HIGH or URGENT');
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
    const problem = screen.getByTestId('sla-save-error');
    expect(problem).toHaveTextContent('The policy could not be saved. The policy is not valid.');
    expect(problem).toHaveTextContent('somethingElse: odd');
    expect(problem).not.toHaveTextContent('unknown priority');
    expect(api.writes[0]).toMatchObject({ method: 'PUT', path: `${POLICIES}/p-1`, ifMatch: '"3"' });
  });

  it('on a stale version (409) says so and shows the stored policy', async () => {
    const state: Parameters<typeof server>[0] = { policies: [policy()] };
    state.answer = (write) => {
      if (write.method !== 'PUT') return undefined;
      state.policies = [policy({ name: 'VIP customers', version: 4 })];
      return problemResponse({ type: 'https://switchboard.dev/problems/stale-version', status: 409, title: 'Conflict', detail: 'changed' });
    };
    const api = server(state);
    show(api.fetchFn);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit VIP' }));
    await userEvent.clear(screen.getByLabelText(/^Name/));
    await userEvent.type(screen.getByLabelText(/^Name/), 'Mine');
    await userEvent.click(screen.getByTestId('sla-save'));
    expect(await screen.findByTestId('stale-version')).toHaveTextContent('Someone else changed this in the meantime.');
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue('VIP customers'));
    expect(api.writes[0]!.ifMatch).toBe('"3"');
  });

  it('deletes a policy only once confirmed', async () => {
    const api = server({ policies: [policy(), policy({ id: 'p-2', name: 'Default', position: 2 })] });
    show(api.fetchFn);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit VIP' }));
    await userEvent.click(screen.getByTestId('sla-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog).toHaveTextContent('Delete the policy "VIP"?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.writes).toEqual([]);

    await userEvent.click(screen.getByTestId('sla-delete'));
    await userEvent.click(within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: 'Delete policy' }));
    await waitFor(() => expect(names()).toEqual(['Default']));
    expect(api.writes).toEqual([{ method: 'DELETE', path: `${POLICIES}/p-1`, ifMatch: '"3"' }]);
    expect(screen.queryByTestId('sla-policy-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('confirm-dialog')).not.toBeInTheDocument();
  });

  it('is read-only for a member who does not administer the service', async () => {
    const api = server({ policies: [policy(), policy({ id: 'p-2', name: 'Default', position: 2 })] });
    show(api.fetchFn, { mayAdminister: false });
    expect(await screen.findByTestId('sla-read-only')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Enabled: VIP' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('sla-add')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit VIP' }));
    expect(screen.getByLabelText(/^Name/)).toBeDisabled();
    expect(screen.getByLabelText('Urgent · Resolution: hours')).toBeDisabled();
    expect(screen.queryByTestId('sla-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('sla-delete')).not.toBeInTheDocument();
    expect(api.writes).toEqual([]);
  });

  it('is in Korean and Japanese', async () => {
    const { unmount } = show(server({ policies: [policy({ hours: 'BUSINESS' })] }).fetchFn, { locale: 'ko' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('SLA 정책');
    expect(screen.getByTestId('sla-policy-row')).toHaveTextContent('영업시간');
    expect(screen.getByTestId('sla-policy-row')).toHaveTextContent('보류 중 일시정지');
    await userEvent.click(screen.getByRole('button', { name: 'VIP 편집' }));
    expect(screen.getByRole('columnheader', { name: '첫 응답' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '다음 응답' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '해결' })).toBeInTheDocument();
    unmount();
    show(server({ policies: [policy({ hours: 'BUSINESS' })] }).fetchFn, { locale: 'ja' });
    expect(await screen.findByTestId('sla-policy-row')).toHaveTextContent('営業時間');
    await userEvent.click(screen.getByRole('button', { name: 'VIP を編集' }));
    expect(screen.getByRole('columnheader', { name: '初回応答' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '次回応答' })).toBeInTheDocument();
  });

  it("reads escalation-service's page of policies and is read-only when it says the caller may not change them", async () => {
    const api = server({ policies: [policy({ id: 'p-2', name: 'Default', position: 2 }), policy()], page: { mayAdminister: false } });
    show(api.fetchFn);
    expect(await screen.findByTestId('sla-read-only')).toBeInTheDocument();
    expect(names()).toEqual(['VIP', 'Default']);
    expect(screen.getByRole('checkbox', { name: 'Enabled: VIP' })).toBeDisabled();
    expect(screen.queryByTestId('sla-add')).not.toBeInTheDocument();
  });

  it('reorders and saves on a page of policies the caller administers', async () => {
    const api = server({ policies: [policy(), policy({ id: 'p-2', name: 'Default', position: 2 })], page: { mayAdminister: true } });
    show(api.fetchFn);
    await userEvent.click(await screen.findByRole('button', { name: 'Move Default up' }));
    await waitFor(() => expect(names()).toEqual(['Default', 'VIP']));
    expect(api.writes[0]!.body).toEqual({ ids: ['p-2', 'p-1'] });
    expect(screen.queryByTestId('sla-read-only')).not.toBeInTheDocument();
  });
});
