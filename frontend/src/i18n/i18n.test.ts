import { describe, expect, it } from 'vitest';
import { CHANNELS, TICKET_STATUSES, channelLabel, format, getMessages, statusLabel } from './index';
import { en, ja, ko } from './messages';

describe('status labels', () => {
  it('has an English label for every status', () => {
    const labels = TICKET_STATUSES.map((status) => statusLabel(status));
    expect(labels).not.toContain(undefined);
    expect(new Set(labels).size).toBe(TICKET_STATUSES.length);
    for (const [i, status] of TICKET_STATUSES.entries()) expect(labels[i]).not.toBe(status);
  });

  it('uses the agreed English wording', () => {
    expect(statusLabel('IN_PROGRESS')).toBe('In progress');
    expect(statusLabel('UNASSIGNED')).toBe('Unassigned');
    expect(statusLabel('INTERNALLY_RESOLVED')).toBe('Internally resolved');
  });

  it('has the Korean and Japanese labels of PRODUCT.md §3.3', () => {
    expect(statusLabel('IN_PROGRESS', 'ko')).toBe('처리중');
    expect(statusLabel('ESCALATION_ANSWERED', 'ko')).toBe('이관 답변완료');
    expect(statusLabel('DOORAY_ANSWERED', 'ko')).toBe('Dooray 답변 완료');
    expect(statusLabel('UNASSIGNED', 'ja')).toBe('未アサイン');
    expect(statusLabel('ON_HOLD', 'ja')).toBe('保留');
    expect(statusLabel('ESCALATED', 'ja')).toBe('移管処理中');
  });

  it('shows an unknown status as its code', () => {
    expect(statusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

describe('channel labels', () => {
  it('has a distinct label for every channel', () => {
    const labels = CHANNELS.map((channel) => channelLabel(channel));
    expect(new Set(labels).size).toBe(CHANNELS.length);
    expect(channelLabel('HELP_CENTER')).toBe('Help center');
    expect(channelLabel('MANUAL')).toBe('Manual');
  });

  it('has Korean and Japanese channel labels', () => {
    expect(channelLabel('EMAIL', 'ko')).toBe('이메일');
    expect(channelLabel('EMAIL', 'ja')).toBe('メール');
  });

  it('falls back to English where a locale does not override a string', () => {
    expect(getMessages('ko').app.productName).toBe('Switchboard');
    expect(channelLabel('API', 'ja')).toBe('API');
  });
});

describe('format', () => {
  it('replaces named placeholders and keeps unknown ones', () => {
    expect(format('at most {max} characters, {other}', { max: 200 })).toBe('at most 200 characters, {other}');
  });
});

describe('catalogues', () => {
  const leaves = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, v]) => leaves(v, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  /** Strings that are the same in every language. */
  const universal = ['HTML', 'TLS', 'API', 'Switchboard', '—'];
  const sections = Object.keys(getMessages('en')) as (keyof ReturnType<typeof getMessages>)[];

  it('cover every screen, including the header, ticket list and form', () => {
    expect(sections).toEqual(expect.arrayContaining(['app', 'nav', 'tickets', 'form', 'channel', 'mailSettings']));
  });

  it.each(['ko', 'ja'] as const)('are complete in %s, with no English left over', (locale) => {
    const en = getMessages('en');
    const local = getMessages(locale);
    for (const section of sections) {
      for (const key of leaves(en[section], section)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], local);
        const english = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
        expect(value, `${locale}: ${key}`).toBeTypeOf('string');
        if (!universal.includes(String(english))) expect(value, `${locale}: ${key}`).not.toBe(english);
      }
    }
    expect(local.nav.admin).not.toBe(en.nav.admin);
  });

  it('uses the words of PRODUCT.md §10', () => {
    expect(getMessages('ko').mailPreview.types.HOLD).toContain('보류');
    expect(getMessages('ko').mailPreview.types.RESOLVE).toContain('해결');
    expect(getMessages('ja').mailPreview.types.HOLD).toContain('保留');
    expect(getMessages('ja').mailPreview.types.RESOLVE).toContain('解決');
    expect(getMessages('ko').mailPreview.forbiddenWords).toBe('금칙어');
    expect(getMessages('ja').mailPreview.forbiddenWords).toBe('禁則語');
  });

  it('names the escalation to issue management in the contact centre\'s words (이관 / 移管)', () => {
    const k = getMessages('ko');
    const j = getMessages('ja');
    expect(k.actions.escalate).toBe('이관');
    expect(j.actions.escalate).toBe('移管');
    expect(k.escalation.submit).toBe('이관 요청');
    expect(j.escalation.submit).toBe('移管依頼');
    expect(k.escalation.target).toBe('이슈관리 서비스');
    expect(j.escalation.target).toBe('課題管理サービス');
    expect(k.escalation.answer).toBe('이관 답변');
    expect(j.escalation.answer).toBe('移管回答');
    expect(k.messageType.ESCALATION_ANSWER).toBe('이관 답변');
    expect(j.messageType.ESCALATION_ANSWER).toBe('移管回答');
    expect(getMessages('en').messageType.ESCALATION_ANSWER).toBe('Escalation answer');
    for (const status of ['ESCALATED', 'ESCALATION_ANSWERED']) {
      expect(statusLabel(status, 'ko')).toContain('이관');
      expect(statusLabel(status, 'ja')).toContain('移管');
    }
  });

  it("names Dooray's workflow states and the Dooray escalation in the contact centre's words", () => {
    const k = getMessages('ko');
    const j = getMessages('ja');
    expect(k.dooray.workflow).toEqual({ registered: '등록', working: '진행 중', closed: '완료' });
    expect(j.dooray.workflow).toEqual({ registered: '登録', working: '進行中', closed: '完了' });
    expect(getMessages('en').actions.doorayEscalate).toBe('Escalate to Dooray');
    expect(k.actions.doorayEscalate).toContain('이관');
    expect(j.actions.doorayEscalate).toContain('移管');
    for (const status of ['DOORAY_ESCALATED', 'DOORAY_IN_PROGRESS', 'DOORAY_ANSWERED']) {
      expect(statusLabel(status, 'ko')).toContain('Dooray');
      expect(statusLabel(status, 'ja')).toContain('Dooray');
      expect(statusLabel(status)).not.toBe(status);
    }
  });

  const at = (tree: unknown, key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

  it.each([['ko', ko], ['ja', ja]] as const)('%s has its own string for every English key, and no key English lacks', (locale, own) => {
    const missing = leaves(en).filter((key) => !universal.includes(String(at(en, key))) && typeof at(own, key) !== 'string');
    const unknown = leaves(own).filter((key) => typeof at(en, key) !== 'string');
    expect(missing, `${locale} lacks`).toEqual([]);
    expect(unknown, `${locale} has keys English lacks`).toEqual([]);
  });

  it('names the views, the inflow board and the search in the words of the seeds and PRODUCT.md', () => {
    const k = getMessages('ko');
    const j = getMessages('ja');
    expect(k.views.names.unassigned).toContain('미할당');
    expect(j.views.names.unassigned).toContain('未アサイン');
    expect(k.views.names['my-on-hold']).toContain('보류');
    expect(j.views.names['my-on-hold']).toContain('保留');
    expect(k.views.names['my-resolved']).toContain('해결');
    expect(j.views.names['my-resolved']).toContain('解決');
    expect(k.views.names['my-completed']).toContain('완료');
    expect(j.views.names['my-completed']).toContain('完了');
    expect(k.views.names.escalated).toContain('이관');
    expect(j.views.names.escalated).toContain('移管');
    expect(k.views.names.spam).toBe('스팸함');
    expect(j.views.names.spam).toBe('スパムボックス');
    expect(k.dashboard.inflow).toBe('인입현황');
    expect(k.dashboard.myStatus).toBe('My 현황');
    expect(k.search.inquiryType).toContain('접수유형');
    expect(j.search.inquiryType).toContain('受付タイプ');
    expect(k.search.processingType).toBe('처리유형');
    expect(j.search.processingType).toBe('処理タイプ');
    expect(k.dashboard.operator).toBe('상담원');
    expect(j.dashboard.operator).toBe('オペレーター');
  });
});
