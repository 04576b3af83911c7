import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { problemResponse, renderWithProviders } from '../../../test/render';
import { EscalateDialog } from './EscalateDialog';
import { escalationServer, opened, testEscalation } from './test-escalations';

const ticket = { id: 't-1', number: 'CS-1', title: 'Refund', serviceCode: 'CS' };

function renderDialog(fetchFn: typeof fetch, onEscalated = vi.fn()) {
  renderWithProviders(<EscalateDialog ticket={ticket} onClose={vi.fn()} onEscalated={onEscalated} />, { fetchFn });
  return onEscalated;
}

/** Chooses an inquiry type once the types are there, and waits for its fields. */
async function chooseType(id: string, firstField = /^Order number/) {
  const type = await screen.findByLabelText(/^Inquiry type/);
  await waitFor(() => expect(type).toBeEnabled());
  await userEvent.selectOptions(type, id);
  return screen.findByLabelText(firstField);
}

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent);

describe('EscalateDialog', () => {
  it("offers the target, the active inquiry types indented, and the chosen type's fields with the required ones marked", async () => {
    const api = escalationServer();
    renderDialog(api.fetchFn);
    // the only target is chosen already
    expect(await screen.findByLabelText(/^Issue-management service/)).toHaveValue('DEV');
    expect(options(screen.getByLabelText(/^Issue-management service/))).toEqual(['Development (DEV)']);
    const type = screen.getByLabelText(/^Inquiry type/);
    await waitFor(() => expect(options(type)).toEqual(['Choose an inquiry type', 'Bug', '\u00a0\u00a0Crash']));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Refund');
    expect(screen.getByLabelText(/^Content/)).toHaveValue('');
    expect(api.calls).toContain('GET /api/v1/escalations/targets?ticketId=t-1');

    const orderNo = await chooseType('type-crash');
    expect(api.calls).toContain('GET /api/v1/services/DEV/inquiry-types/type-crash/fields');
    expect(orderNo).toHaveAttribute('aria-required', 'true');
    expect(orderNo.closest('.field')!.querySelector('label')).toHaveTextContent('Order number *');
    expect(screen.getByLabelText('Steps').tagName).toBe('TEXTAREA');
    expect(options(screen.getByLabelText('Platform'))).toEqual(['Choose', 'iOS', 'Android']);
    expect(within(screen.getByRole('group', { name: 'Severity' })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByLabelText('Paid user')).toHaveAttribute('type', 'checkbox');
    expect(screen.getByLabelText(/^Customer agreed to share logs/)).toHaveAttribute('type', 'checkbox');
    expect(screen.getByLabelText('Since')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Affected period: From')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Affected period: To')).toHaveAttribute('type', 'date');
    expect(screen.getByTestId('escalate-field-notice-caption')).toHaveTextContent('Tell us what happened.');
    // files are not escalated, inactive fields not asked for
    expect(screen.getByTestId('escalation-files-left-out')).toHaveTextContent('Screenshot');
    expect(screen.queryByLabelText(/Screenshot/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Legacy field/)).not.toBeInTheDocument();
    // in their positions: the caption after the order number, before the platform
    const fields = screen.getByTestId('escalation-fields');
    expect(fields.textContent!.indexOf('Tell us what happened.')).toBeGreaterThan(fields.textContent!.indexOf('Order number'));
    expect(fields.textContent!.indexOf('Tell us what happened.')).toBeLessThan(fields.textContent!.indexOf('Platform'));
  });

  it('says what is missing under each field and sends nothing', async () => {
    const api = escalationServer();
    renderDialog(api.fetchFn);
    await userEvent.click(await screen.findByTestId('escalate-submit'));
    expect(screen.getByTestId('escalate-inquiryTypeId-error')).toHaveTextContent('Choose an inquiry type.');
    expect(screen.getByTestId('escalate-content-error')).toHaveTextContent('Enter the content.');
    expect(screen.getByLabelText(/^Inquiry type/)).toHaveFocus();

    await chooseType('type-crash');
    await userEvent.clear(screen.getByLabelText(/^Title/));
    fireEvent.change(screen.getByLabelText('Affected period: From'), { target: { value: '2026-12-01' } });
    await userEvent.click(screen.getByTestId('escalate-submit'));
    expect(screen.getByTestId('escalate-field-order_no-error')).toHaveTextContent('This field is required.');
    expect(screen.getByTestId('escalate-field-consent-error')).toHaveTextContent('This must be agreed to.');
    expect(screen.getByTestId('escalate-field-window-from-error')).toHaveTextContent('Enter both the start and the end.');
    expect(screen.getByTestId('escalate-title-error')).toHaveTextContent('Enter a title.');
    expect(screen.queryByTestId('escalate-field-paid-error')).not.toBeInTheDocument();
    expect(screen.queryByTestId('escalate-inquiryTypeId-error')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Order number/)).toHaveFocus();

    fireEvent.change(screen.getByLabelText('Affected period: To'), { target: { value: '2026-11-30' } });
    await userEvent.click(screen.getByTestId('escalate-submit'));
    expect(screen.getByTestId('escalate-field-window-from-error')).toHaveTextContent('The start must not be after the end.');
    expect(api.posted).toHaveLength(0);
  });

  it('sends the escalation, waits for the issue ticket and links to it', async () => {
    const api = escalationServer({ outcomes: [testEscalation(), opened()] });
    const onEscalated = renderDialog(api.fetchFn);
    await userEvent.type(await chooseType('type-crash'), ' A-1 ');
    await userEvent.selectOptions(screen.getByLabelText('Platform'), 'android');
    await userEvent.click(screen.getByRole('radio', { name: 'High' }));
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-11-28' } });
    fireEvent.change(screen.getByLabelText('Affected period: From'), { target: { value: '2026-11-28' } });
    fireEvent.change(screen.getByLabelText('Affected period: To'), { target: { value: '2026-11-30' } });
    await userEvent.click(screen.getByLabelText(/^Customer agreed to share logs/));
    await userEvent.type(screen.getByLabelText(/^Content/), 'The app closes when the refund is shown.');
    await userEvent.click(screen.getByTestId('escalate-submit'));

    await waitFor(() => expect(api.posted).toHaveLength(1));
    expect(api.posted[0]).toEqual({
      ticketId: 't-1',
      targetServiceCode: 'DEV',
      inquiryTypeId: 'type-crash',
      fields: {
        order_no: 'A-1',
        platform: 'android',
        severity: 'high',
        paid: false,
        since: '2026-11-28',
        window: { from: '2026-11-28', to: '2026-11-30' },
        consent: true,
      },
      title: 'Refund',
      content: 'The app closes when the refund is shown.',
    });
    expect(await screen.findByTestId('escalation-creating')).toHaveTextContent('the issue ticket is being created');
    expect(onEscalated).not.toHaveBeenCalled();

    const done = await screen.findByTestId('escalation-opened', {}, { timeout: 4_000 });
    expect(done).toHaveTextContent('Escalated to DEV-12');
    expect(within(done).getByRole('link', { name: 'DEV-12' })).toHaveAttribute('href', '/tickets/DEV-12');
    expect(api.reads()).toBeGreaterThanOrEqual(2);
    expect(onEscalated).toHaveBeenCalledTimes(1);
  });

  it("shows ticket-service's refusal", async () => {
    const refused = testEscalation({ status: 'REFUSED', refusal: 'fields.order_no: must be at most 1000 characters' });
    const api = escalationServer({ outcomes: [refused] });
    const onEscalated = renderDialog(api.fetchFn);
    await userEvent.type(await chooseType('type-bug'), 'A-1');
    await userEvent.type(screen.getByLabelText(/^Content/), 'x');
    await userEvent.click(screen.getByTestId('escalate-submit'));
    const shown = await screen.findByTestId('escalation-refused', {}, { timeout: 3_000 });
    expect(shown).toHaveTextContent('The escalation was refused.');
    expect(shown).toHaveTextContent('fields.order_no: must be at most 1000 characters');
    expect(screen.queryByTestId('escalation-opened')).not.toBeInTheDocument();
    await waitFor(() => expect(onEscalated).toHaveBeenCalledTimes(1));
  });

  it("puts the server's field errors under their fields and lists the others with the detail", async () => {
    const api = escalationServer({
      post: () =>
        problemResponse({
          type: 'https://switchboard.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'The request has invalid fields.',
          errors: [
            { field: 'create.request.fields.order_no', message: 'must be at most 1000 characters' },
            { field: 'title', message: 'must be at most 200 characters' },
            { field: 'fields.region', message: 'is not a field of DEV you can fill in' },
          ],
        }),
    });
    renderDialog(api.fetchFn);
    await userEvent.type(await chooseType('type-bug'), 'A-1');
    await userEvent.type(screen.getByLabelText(/^Content/), 'x');
    await userEvent.click(screen.getByTestId('escalate-submit'));

    expect(await screen.findByTestId('escalate-field-order_no-error')).toHaveTextContent('must be at most 1000 characters');
    expect(screen.getByTestId('escalate-title-error')).toHaveTextContent('must be at most 200 characters');
    const failure = screen.getByTestId('escalate-error');
    expect(failure).toHaveTextContent('The escalation could not be requested.');
    expect(failure).toHaveTextContent('The request has invalid fields.');
    expect(failure).toHaveTextContent('fields.region: is not a field of DEV you can fill in');
    expect(failure).not.toHaveTextContent('must be at most 1000 characters');
    expect(screen.getByLabelText(/^Order number/)).toHaveFocus();
    expect(screen.getByTestId('escalate-form')).toBeInTheDocument();
  });

  it('shows the detail of a refusal to accept it (409)', async () => {
    const api = escalationServer({
      post: () =>
        problemResponse({ status: 409, title: 'Conflict', detail: 'Ticket CS-1 is RESOLVED: escalate is not possible.' }),
    });
    renderDialog(api.fetchFn);
    await userEvent.type(await chooseType('type-bug'), 'A-1');
    await userEvent.type(screen.getByLabelText(/^Content/), 'x');
    await userEvent.click(screen.getByTestId('escalate-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ticket CS-1 is RESOLVED: escalate is not possible.');
  });

  it('asks for the target when there are several, and says so when there is none', async () => {
    const several = escalationServer({
      targets: [
        { serviceCode: 'DEV', name: 'Development' },
        { serviceCode: 'OPS', name: 'Operations' },
      ],
    });
    const { unmount } = renderWithProviders(
      <EscalateDialog ticket={ticket} onClose={vi.fn()} onEscalated={vi.fn()} />,
      { fetchFn: several.fetchFn },
    );
    const target = await screen.findByLabelText(/^Issue-management service/);
    expect(target).toHaveValue('');
    expect(screen.getByLabelText(/^Inquiry type/)).toBeDisabled();
    await userEvent.click(screen.getByTestId('escalate-submit'));
    expect(screen.getByTestId('escalate-targetServiceCode-error')).toHaveTextContent('Choose the service to escalate to.');
    unmount();

    renderDialog(escalationServer({ targets: [] }).fetchFn);
    expect(await screen.findByTestId('escalation-no-targets')).toHaveTextContent(
      'There is no issue-management service this ticket can be escalated to.',
    );
  });

  it('is in Korean and Japanese', async () => {
    const { unmount } = renderWithProviders(
      <LocaleContext.Provider value="ko">
        <EscalateDialog ticket={ticket} onClose={vi.fn()} onEscalated={vi.fn()} />
      </LocaleContext.Provider>,
      { fetchFn: escalationServer().fetchFn },
    );
    expect(await screen.findByRole('dialog', { name: '이슈관리 서비스로 이관' })).toBeInTheDocument();
    expect(await screen.findByTestId('escalate-submit')).toHaveTextContent('이관 요청');
    expect(screen.getByLabelText(/^접수유형/)).toBeInTheDocument();
    unmount();

    renderWithProviders(
      <LocaleContext.Provider value="ja">
        <EscalateDialog ticket={ticket} onClose={vi.fn()} onEscalated={vi.fn()} />
      </LocaleContext.Provider>,
      { fetchFn: escalationServer().fetchFn },
    );
    expect(await screen.findByRole('dialog', { name: '課題管理サービスへ移管' })).toBeInTheDocument();
    expect(await screen.findByTestId('escalate-submit')).toHaveTextContent('移管依頼');
  });
});
