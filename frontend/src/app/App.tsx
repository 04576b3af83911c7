import { useMemo } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from '../features/auth';
import { LocaleProvider, useI18n } from '../i18n';
import { createApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-context';
import { Header } from './Header';
import { createQueryClient } from './query-client';
import {
  AdminHomeRoute,
  AdminServiceLayout,
  DeadLettersRoute,
  MailSettingsRoute,
  QuarantineDetailRoute,
  QuarantineRoute,
} from './routes/AdminRoutes';
import { NewTicketRoute } from './routes/NewTicketRoute';
import { TicketListRoute } from './routes/TicketListRoute';
import { TicketRoute } from './routes/TicketRoute';

function NotFound() {
  const { m } = useI18n();
  return <p>{m.app.notFound}</p>;
}

function Console() {
  const auth = useAuth();
  const client = useMemo(() => createApiClient({ getToken: auth.getToken }), [auth]);
  return (
    <ApiClientProvider client={client}>
      <BrowserRouter>
        <Header />
        <main className="page">
          <Routes>
            <Route path="/" element={<Navigate to="/tickets/mine" replace />} />
            <Route path="/tickets" element={<Navigate to="/tickets/mine" replace />} />
            <Route path="/tickets/mine" element={<TicketListRoute view="mine" />} />
            <Route path="/tickets/all" element={<TicketListRoute view="all" />} />
            <Route path="/tickets/new" element={<NewTicketRoute />} />
            <Route path="/tickets/:id" element={<TicketRoute />} />
            <Route path="/admin" element={<AdminHomeRoute />} />
            <Route path="/admin/services/:code" element={<AdminServiceLayout />}>
              <Route index element={<Navigate to="mail" replace />} />
              <Route path="mail" element={<MailSettingsRoute />} />
              <Route path="dead-letters" element={<DeadLettersRoute />} />
              <Route path="quarantine" element={<QuarantineRoute />} />
              <Route path="quarantine/:id" element={<QuarantineDetailRoute />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Routes>
        </main>
      </BrowserRouter>
    </ApiClientProvider>
  );
}

export function App() {
  const queryClient = useMemo(() => createQueryClient(), []);
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <Console />
        </AuthProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
