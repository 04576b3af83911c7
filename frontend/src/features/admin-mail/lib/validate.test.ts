import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import { isValidEmail, layoutError, toImapRequest, validateImap, validateSender } from './validate';

const m = getMessages('en');
const imap = { host: 'imap.example.com', port: '993', tls: true, username: 'u', password: '', folder: 'INBOX', enabled: true };

describe('mail settings validation', () => {
  it('accepts local addresses and rejects non-addresses', () => {
    expect(isValidEmail('cs@switchboard.local')).toBe(true);
    expect(isValidEmail(' kim.minji@example.com ')).toBe(true);
    expect(isValidEmail('cs@')).toBe(false);
    expect(isValidEmail('CS 고객센터')).toBe(false);
  });

  it('requires {{content}} in a layout, exactly as written', () => {
    expect(layoutError('<p>hi</p>{{content}}', m)).toBeUndefined();
    expect(layoutError('<p>hi</p>{{ content }}', m)).toBe(m.mailSettings.layouts.contentRequired);
    expect(layoutError('', m)).toBe(m.mailSettings.layouts.contentRequired);
  });

  it('checks the sender fields', () => {
    expect(validateSender({ senderName: ' ', senderAddress: 'x', inboundAddress: 'cs@switchboard.local' }, m)).toEqual({
      senderName: m.mailSettings.sender.nameRequired,
      senderAddress: m.mailSettings.sender.addressInvalid,
    });
  });

  it('needs a password only for a new IMAP account and a port in range', () => {
    expect(validateImap(imap, false, m)).toEqual({});
    expect(validateImap(imap, true, m)).toEqual({ password: m.mailSettings.imap.passwordRequired });
    expect(validateImap({ ...imap, port: '70000' }, false, m).port).toBe(m.mailSettings.imap.portInvalid);
    expect(validateImap({ ...imap, port: '99a' }, false, m).port).toBe(m.mailSettings.imap.portInvalid);
  });

  it('sends null for an empty password so the stored one is kept', () => {
    expect(toImapRequest(imap).password).toBeNull();
    expect(toImapRequest({ ...imap, password: 'p' }).password).toBe('p');
    expect(toImapRequest(imap).port).toBe(993);
  });
});
