/**
 * All user-facing strings. English is complete; other locales override what they translate and
 * fall back to English for the rest (see {@link getMessages}).
 */
export const TICKET_STATUSES = [
  'UNASSIGNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'RESOLVED',
  'COMPLETED',
  'INTERNALLY_RESOLVED',
  'ESCALATED',
  'ESCALATION_ANSWERED',
  'DOORAY_ESCALATED',
  'DOORAY_IN_PROGRESS',
  'DOORAY_ANSWERED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const CHANNELS = ['HELP_CENTER', 'EMAIL', 'API', 'CHAT', 'PHONE', 'SOCIAL', 'MANUAL'] as const;
export type Channel = (typeof CHANNELS)[number];

export const en = {
  app: {
    productName: 'Switchboard',
    loading: 'Loading…',
    signingIn: 'Signing in…',
    signInFailed: 'Sign-in failed',
    retry: 'Retry',
    logout: 'Log out',
    notFound: 'Page not found.',
    navigation: 'Main navigation',
  },
  nav: {
    myTickets: 'My tickets',
    allTickets: 'All tickets',
    newTicket: 'New ticket',
  },
  tickets: {
    number: 'Number',
    title: 'Title',
    status: 'Status',
    channel: 'Channel',
    group: 'Group',
    assignee: 'Assignee',
    created: 'Created',
    updated: 'Updated',
    service: 'Service',
    customer: 'Customer',
    content: 'Content',
    unassigned: 'Unassigned',
    noGroup: '—',
    empty: 'No tickets yet.',
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    loadFailed: 'Tickets could not be loaded.',
    listCaptionMine: 'Tickets assigned to me',
    listCaptionAll: 'All tickets of my services',
    detailLoadFailed: 'The ticket could not be loaded.',
    events: 'Events',
    noEvents: 'No events yet.',
    backToList: 'Back to all tickets',
    version: 'Version',
    history: 'Processing history',
    noMessages: 'No replies or comments yet.',
    priority: 'Priority',
    language: 'Language',
    tags: 'Tags',
    noTags: '—',
    attachments: 'Attachments',
    downloadFailed: 'The file could not be downloaded.',
  },
  actions: {
    heading: 'Process',
    keep: 'Keep',
    reply: 'Reply or comment',
    comment: 'Comment (internal)',
    hold: 'Hold (interim reply)',
    resolve: 'Resolve (final reply)',
    internalResolution: 'Internal resolution',
    resolveInternally: 'Close without mail',
    restore: 'Restore',
    working: 'Working…',
    failed: 'The action failed.',
    bodyRequired: 'Write a reply or comment first.',
  },
  messageType: {
    CUSTOMER_INQUIRY: 'Customer inquiry',
    CUSTOMER_REINQUIRY: 'Customer re-inquiry',
    FINAL_REPLY: 'Final reply',
    INTERIM_REPLY: 'Interim reply',
    INTERNAL_COMMENT: 'Internal comment',
    FORWARD_NOTE: 'Forward note',
  } as Record<string, string>,
  internalResolution: {
    SPAM: 'Spam',
    ABUSE: 'Abuse',
    TEST: 'Test',
    DUPLICATE: 'Duplicate',
    CHAT_RESOLVED: 'Resolved in chat',
    PHONE_RESOLVED: 'Resolved by phone',
    OTHER: 'Other',
  } as Record<string, string>,
  form: {
    heading: 'New ticket',
    service: 'Service',
    title: 'Title',
    content: 'Content',
    channel: 'Channel',
    customerEmail: 'Customer e-mail',
    customerName: 'Customer name',
    submit: 'Create ticket',
    submitting: 'Creating…',
    selectService: 'Select a service',
    noServices: 'You are not a member of any service, so you cannot create tickets.',
    failed: 'The ticket could not be created.',
    errors: {
      serviceRequired: 'Choose a service.',
      titleRequired: 'Enter a title.',
      titleTooLong: 'The title must be at most {max} characters.',
      contentRequired: 'Enter the content.',
      emailRequired: "Enter the customer's e-mail address.",
      emailInvalid: 'Enter a valid e-mail address.',
    },
  },
  status: {
    UNASSIGNED: 'Unassigned',
    IN_PROGRESS: 'In progress',
    ON_HOLD: 'On hold',
    RESOLVED: 'Resolved',
    COMPLETED: 'Completed',
    INTERNALLY_RESOLVED: 'Internally resolved',
    ESCALATED: 'Escalated',
    ESCALATION_ANSWERED: 'Escalation answered',
    DOORAY_ESCALATED: 'Escalated to Dooray',
    DOORAY_IN_PROGRESS: 'Dooray in progress',
    DOORAY_ANSWERED: 'Dooray answered',
  } satisfies Record<TicketStatus, string>,
  priority: {
    LOW: 'Low',
    NORMAL: 'Normal',
    HIGH: 'High',
    URGENT: 'Urgent',
  } as Record<string, string>,
  channel: {
    HELP_CENTER: 'Help center',
    EMAIL: 'E-mail',
    API: 'API',
    CHAT: 'Chat',
    PHONE: 'Phone',
    SOCIAL: 'Social',
    MANUAL: 'Manual',
  } satisfies Record<Channel, string>,
};

export type Messages = typeof en;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type PartialMessages = DeepPartial<Messages>;

/** Korean: status labels from PRODUCT.md §3.3; the rest falls back to English for now. */
export const ko: PartialMessages = {
  tickets: { priority: '우선순위', language: '언어', tags: '태그', attachments: '첨부 파일' },
  priority: { LOW: '낮음', NORMAL: '보통', HIGH: '높음', URGENT: '긴급' },
  status: {
    UNASSIGNED: '미할당',
    IN_PROGRESS: '처리중',
    ON_HOLD: '보류중',
    RESOLVED: '해결',
    COMPLETED: '완료',
    INTERNALLY_RESOLVED: '내부해결',
    ESCALATED: '이관 처리중',
    ESCALATION_ANSWERED: '이관 답변완료',
    DOORAY_ESCALATED: 'Dooray 이관 완료',
    DOORAY_IN_PROGRESS: 'Dooray 진행 중',
    DOORAY_ANSWERED: 'Dooray 답변 완료',
  },
};

/** Japanese: status labels from PRODUCT.md §3.3; the rest falls back to English for now. */
export const ja: PartialMessages = {
  tickets: { priority: '優先度', language: '言語', tags: 'タグ', attachments: '添付ファイル' },
  priority: { LOW: '低', NORMAL: '中', HIGH: '高', URGENT: '緊急' },
  status: {
    UNASSIGNED: '未アサイン',
    IN_PROGRESS: '処理中',
    ON_HOLD: '保留',
    RESOLVED: '解決',
    COMPLETED: '完了',
    INTERNALLY_RESOLVED: '内部解決',
    ESCALATED: '移管処理中',
    ESCALATION_ANSWERED: '移管返答完了',
    DOORAY_ESCALATED: 'Dooray 移管完了',
    DOORAY_IN_PROGRESS: 'Dooray 進行中',
    DOORAY_ANSWERED: 'Dooray 返答完了',
  },
};
