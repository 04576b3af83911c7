/** The two reply types that send the customer a mail in the service's layout. */
export type MailType = 'RESOLVE' | 'HOLD';

export interface MailPreviewRequest {
  ticketId: string;
  type: MailType;
  body: string;
  bodyFormat: 'TEXT' | 'HTML';
}

/** A forbidden word found in the mail; `start`/`end` are offsets into {@link MailPreview.text}. */
export interface ForbiddenWordHit {
  word: string;
  start: number;
  end: number;
}

export interface MailPreview {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `html` with every forbidden word wrapped in `<mark class="forbidden-word">`. */
  markedHtml: string;
  forbiddenWords: ForbiddenWordHit[];
}
