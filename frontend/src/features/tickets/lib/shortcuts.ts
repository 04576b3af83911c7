/** The processing actions a key starts; what the ticket does not allow now does nothing. */
export type ShortcutAction = 'comment' | 'hold' | 'resolve' | 'keep' | 'reply' | 'templates' | 'help';

/** The help dialog's table, in its order; keys are shown as written here in every language. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: string }[] = [
  { action: 'comment', keys: 'Ctrl/⌘ + Enter' },
  { action: 'hold', keys: 'Ctrl/⌘ + Alt + Enter' },
  { action: 'resolve', keys: 'Ctrl/⌘ + Shift + Enter' },
  { action: 'keep', keys: 'K' },
  { action: 'reply', keys: 'R' },
  { action: 'templates', keys: 'T' },
  { action: 'help', keys: '?' },
];

type Key = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'keyCode'>;

/** An IME (Korean, Japanese) is composing: its Enter confirms the word and is no shortcut. */
const composing = (event: Key) => event.isComposing || event.keyCode === 229;

/** Sending from the reply box: Ctrl (⌘ on a Mac) + Enter; with Shift it resolves, with Alt it holds. */
export function replyShortcut(event: Key): 'comment' | 'hold' | 'resolve' | null {
  if (composing(event) || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return null;
  if (event.shiftKey && event.altKey) return null;
  return event.shiftKey ? 'resolve' : event.altKey ? 'hold' : 'comment';
}

const PAGE_KEYS: Record<string, ShortcutAction> = { k: 'keep', r: 'reply', t: 'templates', '?': 'help' };

/** Where a key is text being typed, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
  );
}

/** Whether a modal dialog is open: the page behind it takes no single-key commands then. */
const dialogOpen = () => typeof document !== 'undefined' && document.querySelector('[aria-modal="true"]') !== null;

/**
 * Single keys on the page, outside any field and without Ctrl, ⌘ or Alt (those are the browser's), while no dialog
 * (forward, assign, escalate, bulk, …) is open over it.
 */
export function pageShortcut(event: Key & Pick<KeyboardEvent, 'target'>): ShortcutAction | null {
  if (composing(event) || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  if (dialogOpen()) return null;
  return PAGE_KEYS[event.key.length === 1 ? event.key.toLowerCase() : ''] ?? null;
}
