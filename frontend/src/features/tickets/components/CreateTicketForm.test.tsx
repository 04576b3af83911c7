import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Ticket } from '../api/types';
import { CreateTicketForm } from './CreateTicketForm';

const CS = { code: 'CS', name: 'Customer Support' };
const BILL = { code: 'BILL', name: 'Billing' };

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

function setup(services = [CS], respond: () => Response = () => jsonResponse(createdTicket, 201)) {
  const fetchFn = vi.fn(async () => respond()) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
  const onCreated = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<CreateTicketForm services={services} onCreated={onCreated} />, { fetchFn });
  return { fetchFn, onCreated, user };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Title'), 'Cannot log in');
  await user.type(screen.getByLabelText('Content'), 'Since this morning.');
  await user.type(screen.getByLabelText('Customer e-mail'), 'kim@example.com');
  await user.type(screen.getByLabelText('Customer name'), 'Minji Kim');
}

describe('CreateTicketForm', () => {
  it('preselects the only service and defaults the channel to Manual', () => {
    setup([CS]);
    expect(screen.getByLabelText('Service')).toHaveValue('CS');
    expect(screen.getByLabelText('Channel')).toHaveValue('MANUAL');
  });

  it('makes the operator choose when there are several services', async () => {
    const { user, fetchFn } = setup([CS, BILL]);
    expect(screen.getByLabelText('Service')).toHaveValue('');
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(screen.getByText('Choose a service.')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('shows client-side errors next to each field and does not call the API', async () => {
    const { user, fetchFn } = setup();
    await user.type(screen.getByLabelText('Customer e-mail'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Enter a title.');
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Content')).toHaveAccessibleDescription('Enter the content.');
    expect(screen.getByLabelText('Customer e-mail')).toHaveAccessibleDescription('Enter a valid e-mail address.');
    expect(screen.getByLabelText('Customer name')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('rejects a title longer than 200 characters and accepts exactly 200', async () => {
    const { user, fetchFn } = setup();
    await fillValid(user);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(title).toHaveAccessibleDescription('The title must be at most 200 characters.');
    expect(fetchFn).not.toHaveBeenCalled();

    await user.clear(title);
    await user.paste('x'.repeat(200));
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    await waitFor(() => expect(fetchFn).toHaveBeenCalledTimes(1));
  });

  it('posts the ticket to its service and hands the created ticket over', async () => {
    const { user, fetchFn, onCreated } = setup();
    await fillValid(user);
    await user.selectOptions(screen.getByLabelText('Channel'), 'PHONE');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(createdTicket));
    const [url, init] = fetchFn.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/services/CS/tickets');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer test-token');
    expect(JSON.parse(String(init.body))).toEqual({
      title: 'Cannot log in',
      content: 'Since this morning.',
      channel: 'PHONE',
      customer: { email: 'kim@example.com', name: 'Minji Kim' },
    });
  });

  it("shows the server's detail and its errors next to the matching fields", async () => {
    const { user, onCreated } = setup([CS], () =>
      problemResponse({
        type: 'https://switchboard.io/problems/validation',
        title: 'Validation failed',
        status: 400,
        detail: '2 fields are invalid.',
        errors: [
          { field: 'create.request.title', message: 'contains a forbidden word' },
          { field: 'customer.email', message: 'domain does not accept mail' },
          { field: 'priority', message: 'unknown priority' },
        ],
      }),
    );
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    expect(await screen.findByTestId('form-error-detail')).toHaveTextContent('2 fields are invalid.');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('contains a forbidden word');
    expect(screen.getByLabelText('Customer e-mail')).toHaveAccessibleDescription('domain does not accept mail');
    // a field the form does not have is still shown, in the summary
    expect(screen.getByRole('alert')).toHaveTextContent('priority: unknown priority');
    expect(screen.getByLabelText('Content')).not.toHaveAccessibleDescription();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('shows the detail of a non-validation problem such as 403', async () => {
    const { user } = setup([CS], () =>
      problemResponse({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'You are not a member of service CS.' }),
    );
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not a member of service CS.');
  });

  it('explains why there is no form when the operator has no service', () => {
    setup([]);
    expect(screen.getByRole('alert')).toHaveTextContent('not a member of any service');
    expect(screen.queryByRole('button', { name: 'Create ticket' })).not.toBeInTheDocument();
  });
});
