import { useMemo, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider, useAuth, useServiceZones } from '../features/auth';
import { LocaleProvider, ServiceTimeZonesProvider, useI18n } from '../i18n';
import { createApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-context';
import { Header } from './Header';
import { HOME } from './last-list';
import { createQueryClient } from './query-client';
import {
  AdminHomeRoute,
  AdminServiceLayout,
  DeadLettersRoute,
  DoorayConnectionRoute,
  ForbiddenWordsRoute,
  InquiryTypesRoute,
  ProcessingTypesRoute,
  FieldsRoute,
  SlaPoliciesRoute,
  TemplatesRoute,
  MailSettingsRoute,
  QuarantineDetailRoute,
  QuarantineRoute,
  ServiceSettingsRoute,
  ServicesRoute,
} from './routes/AdminRoutes';
import { DashboardRoute } from './routes/DashboardRoute';
import { NewTicketRoute } from './routes/NewTicketRoute';
import { TicketRoute } from './routes/TicketRoute';
import { SearchRoute, ViewRoute } from './routes/WorkspaceRoutes';

function NotFound() {
  const { m } = useI18n();
  return <p>{m.app.notFound}</p>;
}

/** Dates of a ticket show in its service's time zone (auth feature: the user's services). */
function ServiceZones({ children }: { children: ReactNode }) {
  return <ServiceTimeZonesProvider zones={useServiceZones()}>{children}</ServiceTimeZonesProvider>;
}

function Console() {
  const auth = useAuth();
  const client = useMemo(() => createApiClient({ getToken: auth.getToken }), [auth]);
  return (
    <ApiClientProvider client={client}>
      <ServiceZones>
        <BrowserRouter>
          <Header />
          <main className="page">
            <Routes>
              <Route path="/" element={<Navigate to={HOME} replace />} />
              <Route path="/views" element={<Navigate to={HOME} replace />} />
              <Route path="/views/:view" element={<ViewRoute />} />
              <Route path="/views/:view/:ticketId" element={<ViewRoute />} />
              <Route path="/search" element={<SearchRoute />} />
              <Route path="/search/:ticketId" element={<SearchRoute />} />
              <Route path="/dashboard" element={<DashboardRoute />} />
              {/* the addresses of the first console */}
              <Route path="/tickets" element={<Navigate to={HOME} replace />} />
              <Route path="/tickets/mine" element={<Navigate to={HOME} replace />} />
              <Route path="/tickets/all" element={<Navigate to="/views/all" replace />} />
              <Route path="/tickets/new" element={<NewTicketRoute />} />
              <Route path="/tickets/:ref" element={<TicketRoute />} />
              <Route path="/admin" element={<AdminHomeRoute />} />
              <Route path="/admin/services" element={<ServicesRoute />} />
              <Route path="/admin/services/:code" element={<AdminServiceLayout />}>
                <Route index element={<Navigate to="settings" replace />} />
                <Route path="settings" element={<ServiceSettingsRoute />} />
                <Route path="mail" element={<MailSettingsRoute />} />
                <Route path="dead-letters" element={<DeadLettersRoute />} />
                <Route path="quarantine" element={<QuarantineRoute />} />
                <Route path="quarantine/:id" element={<QuarantineDetailRoute />} />
                <Route path="dooray" element={<DoorayConnectionRoute />} />
                <Route path="sla" element={<SlaPoliciesRoute />} />
                <Route path="templates" element={<TemplatesRoute />} />
                <Route path="inquiry-types" element={<InquiryTypesRoute />} />
                <Route path="processing-types" element={<ProcessingTypesRoute />} />
                <Route path="fields" element={<FieldsRoute />} />
                <Route path="forbidden-words" element={<ForbiddenWordsRoute />} />
              </Route>
              <Route path="*" element={<NotFound />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ServiceZones>
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
