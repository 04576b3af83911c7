import { ErrorMessage } from '../../../components/ErrorMessage';
import { useI18n } from '../../../i18n';
import { useMailSettings } from '../hooks/use-mail-settings';
import { ImapAccounts } from './ImapAccounts';
import { Layouts } from './Layouts';
import { SenderForm } from './SenderForm';
import { TestMailForm } from './TestMailForm';

/** A service's mail: sender and inbound address, layouts, IMAP accounts, test mail. */
export function MailSettings({ code }: { code: string }) {
  const { m } = useI18n();
  const query = useMailSettings(code);
  if (query.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!query.data) return <ErrorMessage error={query.error} fallback={m.mailSettings.loadFailed} />;
  const settings = query.data;
  return (
    <div className="mail-settings" data-testid="mail-settings">
      <h1>
        {m.mailSettings.heading} <span className="muted">· {settings.serviceCode}</span>
      </h1>
      <SenderForm settings={settings} />
      <Layouts settings={settings} />
      <ImapAccounts code={settings.serviceCode} accounts={settings.imapAccounts} />
      <TestMailForm code={settings.serviceCode} />
    </div>
  );
}
