import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  LOCALE_STORAGE_KEY,
  LocaleProvider,
  detectLocale,
  formatDateTime,
  formatNumber,
  formatSize,
  initialLocale,
  useI18n,
  useLocale,
  type Locale,
} from './index';

describe('detectLocale', () => {
  it('takes the saved choice first, whatever the browser prefers', () => {
    expect(detectLocale('ja', ['ko-KR', 'en-US'])).toBe('ja');
    expect(detectLocale('en', ['ko'])).toBe('en');
  });

  it('else the first browser language that the console offers, by primary subtag', () => {
    expect(detectLocale(null, ['ko-KR', 'ja-JP'])).toBe('ko');
    expect(detectLocale(null, ['fr-FR', 'ja', 'ko'])).toBe('ja');
    expect(detectLocale(null, ['de', 'en-GB', 'ko'])).toBe('en');
    expect(detectLocale(null, ['JA-jp'])).toBe('ja');
    expect(detectLocale(null, ['zh-Hant-TW', 'ko_KR'])).toBe('ko');
  });

  it('falls back to English for unknown browser languages, none at all, or a saved value it does not know', () => {
    expect(detectLocale(null, ['fr-FR', 'zh-CN'])).toBe('en');
    expect(detectLocale(null, [])).toBe('en');
    expect(detectLocale('de', ['fr'])).toBe('en');
    expect(detectLocale('', ['ja'])).toBe('ja');
    expect(detectLocale(null, ['kok', 'jam'])).toBe('en');
  });
});

describe('initialLocale', () => {
  it('reads localStorage and then navigator.languages', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'en-US']);
    expect(initialLocale()).toBe('ja');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ko');
    expect(initialLocale()).toBe('ko');
    languages.mockReturnValue(['fr-FR']);
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    expect(initialLocale()).toBe('en');
  });

  it('still works when storage is unavailable', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko']);
    expect(initialLocale()).toBe('ko');
  });
});

function Probe() {
  const { m, locale } = useI18n();
  const [, setLocale] = useLocale();
  return (
    <>
      <p data-testid="text">{m.views.names.all}</p>
      {(['ko', 'ja', 'en'] as Locale[]).map((l) => (
        <button key={l} type="button" onClick={() => setLocale(l)}>
          {`to-${l}`}
        </button>
      ))}
      <span data-testid="locale">{locale}</span>
    </>
  );
}

describe('LocaleProvider', () => {
  it('starts from the browser, switches at once, saves the choice and sets <html lang>', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR']);
    render(
      <LocaleProvider>
        <Probe />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('text')).toHaveTextContent('전체 티켓');
    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();

    act(() => screen.getByText('to-ja').click());
    expect(screen.getByTestId('text')).toHaveTextContent('全体チケット');
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ja');
  });

  it('uses the saved choice on the next visit', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ja');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR']);
    render(
      <LocaleProvider>
        <Probe />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('locale')).toHaveTextContent('ja');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('shows English when the browser speaks none of the offered languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de']);
    render(
      <LocaleProvider>
        <Probe />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('text')).toHaveTextContent('All tickets');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('formatting', () => {
  it('writes dates and numbers in the locale', () => {
    const at = '2026-01-05T09:00:00Z';
    expect(formatDateTime(at, 'ko')).toMatch(/2026\. 1\. 5\./);
    expect(formatDateTime(at, 'ja')).toMatch(/2026\/01\/05/);
    expect(formatDateTime(at, 'en')).toMatch(/Jan 5, 2026/);
    expect(formatNumber(12345.6, 'ko', { maximumFractionDigits: 1 })).toBe('12,345.6');
  });
});

describe('formatSize', () => {
  it('keeps one decimal and writes the number in the locale', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048, 'ko')).toBe('2.0 KB');
    expect(formatSize(48_230)).toBe('47.1 KB');
    expect(formatSize(31_457_280, 'ja')).toBe('30.0 MB');
    expect(formatSize(1_500_000_000)).toBe('1,430.5 MB');
  });
});
