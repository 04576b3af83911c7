import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { IntakeField, ServiceMember, Ticket, TypeNode } from '../api/types';
import { CreateTicketForm } from './CreateTicketForm';

const CS = { code: 'CS', name: 'Customer Support', mayPlaceNewTickets: true };
const BILL = { code: 'BILL', name: 'Billing', mayPlaceNewTickets: true };
const SUPPORT = 'a0000000-0000-4000-8000-000000000001';
const BILLING = 'a0000000-0000-4000-8000-0000000000b1';
const PAYMENT = 'd0000000-0000-4000-8000-000000000001';
const REFUND = 'd0000000-0000-4000-8000-000000000002';

const createdTicket: Ticket = {
  id: '0b5b6f7e-1111-4222-8333-944445555666',
  number: 'CS-42',
  serviceCode: 'CS',
  title: 'Cannot log in',
  content: 'Since this morning.',
  channel: 'PHONE',
  status: 'UNASSIGNED',
  group: null,
  assignee: null,
  customer: { email: 'kim@example.com', name: 'Minji Kim' },
  createdAt: '2026-01-05T09:00:00Z',
  updatedAt: '2026-01-05T09:00:00Z',
  version: 0,
};

const member = (username: string, groups: string[], assignmentEnabled = true): ServiceMember => ({
  username,
  displayName: username.toUpperCase(),
  role: 'OPERATOR',
  groups: groups.map((id) => ({ id, name: id === SUPPORT ? 'Support' : 'Billing' })),
  mayForward: true,
  assignmentEnabled,
});

const types: TypeNode[] = [
  {
    id: PAYMENT,
    names: { en: 'Payment', ko: '결제' },
    active: true,
    children: [{ id: REFUND, names: { en: 'Refund', ko: '환불' }, active: true, children: [] }],
  },
];

const field = (code: string, type: string, extra: Partial<IntakeField> = {}): IntakeField => ({
  code,
  names: { en: code.replace('_', ' ') },
  encrypted: false,
  active: true,
  scope: 'CUSTOMER',
  type,
  options: [],
  required: false,
  position: 1,
  inquiryTypeIds: [PAYMENT],
  ...extra,
});

const fields: IntakeField[] = [
  field('order_no', 'text', { names: { en: 'Order number' }, required: true, position: 1 }),
  field('reason', 'dropdown', {
    names: { en: 'Reason' },
    position: 2,
    options: [
      { value: 'twice', names: { en: 'Charged twice' } },
      { value: 'other', names: { en: 'Other' } },
    ],
  }),
  field('paid_on', 'date', { names: { en: 'Paid on' }, position: 3 }),
  field('contact_ok', 'checkbox', { names: { en: 'May we call back' }, position: 4 }),
  field('login_only', 'text', { inquiryTypeIds: ['other-type'] }),
  field('internal', 'text', { scope: 'OPERATOR' }),
];

function setup(services = [CS], respond: () => Response = () => jsonResponse(createdTicket, 201)) {
  const server = fakeServer((url, init) => {
    if (init?.method === 'POST' && url.pathname.endsWith('/tickets')) return respond();
    if (url.pathname.endsWith('/groups')) return jsonResponse([{ id: SUPPORT, name: 'Support' }, { id: BILLING, name: 'Billing' }]);
    if (url.pathname.endsWith('/members'))
      return jsonResponse([member('bob', [SUPPORT]), member('carol', [SUPPORT, BILLING]), member('yuki', [BILLING], false)]);
    if (url.pathname.endsWith('/inquiry-types')) return jsonResponse(types);
    if (url.pathname.endsWith('/fields')) return jsonResponse(fields);
    return undefined;
  });
  const created: Ticket[] = [];
  const user = userEvent.setup();
  renderWithProviders(
    <CreateTicketForm
      services={services}
      onCreated={(ticket) => created.push(ticket)}
      templateSlot={({ serviceCode, values, apply }) => (
        <button
          type="button"
          onClick={() =>
            apply({
              body: `<p>${serviceCode}: Dear ${values().customer.name ?? 'customer'}</p>`,
              format: 'HTML',
            })
          }
        >
          Use template
        </button>
      )}
    />,
    { fetchFn: server.fetchFn },
  );
  const posted = () => {
    const call = (server.fetchFn as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.find(
      ([, init]) => init?.method === 'POST',
    );
    return call && { url: call[0], init: call[1], body: JSON.parse(String(call[1].body)) as Record<string, unknown> };
  };
  return { server, created, user, posted };
}

/** Types into a field by pasting: typing key by key is slow on a busy machine. */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await enter(user, screen.getByLabelText(/^Title/), 'Cannot log in');
  await enter(user, screen.getByLabelText(/^Content/), 'Since this morning.');
  await enter(user, screen.getByLabelText(/^Customer e-mail/), 'kim@example.com');
  await enter(user, screen.getByLabelText(/^Customer name/), 'Minji Kim');
}

const submit = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Create ticket' }));

describe('CreateTicketForm', { timeout: 20_000 }, () => {
  it('preselects the only service and defaults the channel to Manual, offering Manual and Phone', () => {
    setup([CS]);
    expect(screen.getByLabelText(/^Service/)).toHaveValue('CS');
    expect(screen.getByTestId('create-channel')).toHaveValue('MANUAL');
    expect([...screen.getByTestId('create-channel').querySelectorAll('option')].map((o) => o.value)).toEqual(['MANUAL', 'PHONE']);
  });

  it('makes the operator choose when there are several services', async () => {
    const { user, posted } = setup([CS, BILL]);
    expect(screen.getByLabelText(/^Service/)).toHaveValue('');
    await fillValid(user);
    await submit(user);
    expect(screen.getByText('Choose a service.')).toBeInTheDocument();
    expect(posted()).toBeUndefined();
  });

  it('shows client-side errors next to each field and does not call the API', async () => {
    const { user, posted } = setup();
    await enter(user, screen.getByLabelText(/^Customer e-mail/), 'not-an-address');
    await submit(user);

    expect(screen.getByLabelText(/^Title/)).toHaveAccessibleDescription('Enter a title.');
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Content/)).toHaveAccessibleDescription('Enter the content.');
    expect(screen.getByLabelText(/^Customer e-mail/)).toHaveAccessibleDescription('Enter a valid e-mail address.');
    expect(screen.getByLabelText(/^Customer name/)).toHaveAttribute('aria-invalid', 'false');
    expect(posted()).toBeUndefined();
  });

  it('rejects a title longer than 200 characters and accepts exactly 200', async () => {
    const { user, posted } = setup();
    await fillValid(user);
    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(201));
    await submit(user);
    expect(title).toHaveAccessibleDescription('The title must be at most 200 characters.');
    expect(posted()).toBeUndefined();

    await user.clear(title);
    await user.paste('x'.repeat(200));
    await submit(user);
    await waitFor(() => expect(posted()).toBeDefined());
  });

  it('posts the ticket to its service and hands the created ticket over', async () => {
    const { user, created, posted } = setup();
    await fillValid(user);
    await submit(user);

    await waitFor(() => expect(created).toEqual([createdTicket]));
    const request = posted()!;
    expect(request.url).toBe('/api/v1/services/CS/tickets');
    expect((request.init.headers as Record<string, string>).Authorization).toBe('Bearer test-token');
    expect(request.body).toEqual({
      title: 'Cannot log in',
      content: 'Since this morning.',
      channel: 'MANUAL',
      customer: { email: 'kim@example.com', name: 'Minji Kim' },
    });
  });

  it('takes a phone ticket with the phone number alone and asks for it instead of the e-mail', async () => {
    const { user, posted } = setup();
    await user.selectOptions(screen.getByTestId('create-channel'), 'PHONE');
    await enter(user, screen.getByLabelText(/^Title/), 'Called about a refund');
    await enter(user, screen.getByLabelText(/^Content/), 'Charged twice.');
    await submit(user);
    expect(screen.getByLabelText(/^Customer phone/)).toHaveAccessibleDescription(
      expect.stringContaining("Enter the customer's phone number."),
    );
    expect(screen.getByLabelText(/^Customer e-mail/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(posted()).toBeUndefined();

    await enter(user, screen.getByLabelText(/^Customer phone/), '010-1234-5678');
    await submit(user);
    await waitFor(() => expect(posted()).toBeDefined());
    expect(posted()!.body).toMatchObject({ channel: 'PHONE', customer: { phone: '010-1234-5678' } });
    expect(posted()!.body.customer).not.toHaveProperty('email');
  });

  it('offers as assignees only the chosen group’s members with ticket assignment on, and sends both', async () => {
    const { user, posted } = setup();
    await waitFor(() => expect(screen.getByTestId('create-group')).toBeEnabled());
    expect(screen.getByTestId('create-assignee')).toBeDisabled();
    await user.selectOptions(screen.getByTestId('create-group'), BILLING);
    const offered = [...screen.getByTestId('create-assignee').querySelectorAll('option')].map((o) => o.value);
    expect(offered).toEqual(['', 'carol']); // yuki has assignment off
    await user.selectOptions(screen.getByTestId('create-assignee'), 'carol');
    expect(screen.getByText(/the triggers leave it there/)).toBeInTheDocument();
    await fillValid(user);
    await submit(user);
    await waitFor(() => expect(posted()).toBeDefined());
    expect(posted()!.body).toMatchObject({ groupId: BILLING, assignee: 'carol' });
  });

  it('shows the inquiry type’s customer fields as a form, marks required ones and sends their values', async () => {
    const { user, posted } = setup();
    await waitFor(() => expect(screen.getByTestId('create-inquiry-type')).toBeEnabled());
    const labels = [...screen.getByTestId('create-inquiry-type').querySelectorAll('option')].map((o) => o.textContent);
    expect(labels).toEqual(['No inquiry type', 'Payment', '\u00a0\u00a0Refund']);
    await user.selectOptions(screen.getByTestId('create-inquiry-type'), REFUND);

    expect(screen.getByTestId('create-field-order_no')).toBeRequired();
    expect(screen.getByTestId('create-field-reason').tagName).toBe('SELECT');
    expect(screen.getByTestId('create-field-paid_on')).toHaveAttribute('type', 'date');
    expect(screen.getByTestId('create-field-contact_ok')).toHaveAttribute('type', 'checkbox');
    expect(screen.queryByTestId('create-field-login_only')).not.toBeInTheDocument();
    expect(screen.queryByTestId('create-field-internal')).not.toBeInTheDocument();

    await fillValid(user);
    await submit(user);
    expect(screen.getByTestId('create-field-order_no')).toHaveAccessibleDescription('This field is required.');
    expect(posted()).toBeUndefined();

    await enter(user, screen.getByTestId('create-field-order_no'), 'A-77');
    await user.selectOptions(screen.getByTestId('create-field-reason'), 'twice');
    await user.click(screen.getByTestId('create-field-contact_ok'));
    await submit(user);
    await waitFor(() => expect(posted()).toBeDefined());
    expect(posted()!.body).toMatchObject({
      inquiryTypeId: REFUND,
      fields: { order_no: 'A-77', reason: 'twice', contact_ok: true },
    });
  });

  it('lets the template slot read the customer and fill in the content as text', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText(/^Customer name/), '김민지');
    await user.click(screen.getByRole('button', { name: 'Use template' }));
    expect(screen.getByLabelText(/^Content/)).toHaveValue('CS: Dear 김민지');
  });

  it('offers no group or assignee where the operator may not forward: routing decides', async () => {
    setup([{ ...CS, mayPlaceNewTickets: false }]);
    await waitFor(() => expect(screen.getByTestId('create-inquiry-type')).toBeEnabled());
    expect(screen.queryByTestId('create-group')).not.toBeInTheDocument();
    expect(screen.queryByTestId('create-assignee')).not.toBeInTheDocument();
    expect(screen.getByTestId('create-routing-hint')).toHaveTextContent('The triggers route the new ticket to a group.');
  });

  it('puts the template where the cursor is in content already written, not over it', async () => {
    const { user } = setup();
    const content = screen.getByLabelText(/^Content/) as HTMLTextAreaElement;
    await user.type(content, '전화 문의. 끝');
    content.setSelectionRange(7, 7);
    await user.click(screen.getByRole('button', { name: 'Use template' }));
    expect(content).toHaveValue('전화 문의. CS: Dear customer끝');
  });

  it("shows the server's detail and its errors next to the matching fields", async () => {
    const { user, created } = setup([CS], () =>
      problemResponse({
        type: 'https://switchboard.io/problems/validation',
        title: 'Validation failed',
        status: 400,
        detail: '2 fields are invalid.',
        errors: [
          { field: 'create.request.title', message: 'contains a forbidden word' },
          { field: 'customer.email', message: 'domain does not accept mail' },
          { field: 'assignee', message: 'yuki has ticket assignment turned off' },
          { field: 'priority', message: 'unknown priority' },
        ],
      }),
    );
    await fillValid(user);
    await submit(user);

    expect(await screen.findByTestId('form-error-detail')).toHaveTextContent('2 fields are invalid.');
    expect(screen.getByLabelText(/^Title/)).toHaveAccessibleDescription('contains a forbidden word');
    expect(screen.getByLabelText(/^Customer e-mail/)).toHaveAccessibleDescription('domain does not accept mail');
    expect(screen.getByTestId('create-assignee')).toHaveAccessibleDescription('yuki has ticket assignment turned off');
    // a field the form does not have is still shown, in the summary
    expect(screen.getByRole('alert')).toHaveTextContent('priority: unknown priority');
    expect(screen.getByLabelText(/^Content/)).not.toHaveAccessibleDescription();
    expect(created).toEqual([]);
  });

  it('shows the detail of a non-validation problem such as 403', async () => {
    const { user } = setup([CS], () =>
      problemResponse({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only operators with the forward permission, or admins, choose the group.' }),
    );
    await fillValid(user);
    await submit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Only operators with the forward permission');
  });

  it('explains why there is no form when the operator has no service', () => {
    setup([]);
    expect(screen.getByRole('alert')).toHaveTextContent('not a member of any service');
    expect(screen.queryByRole('button', { name: 'Create ticket' })).not.toBeInTheDocument();
  });
});
