import { createContext, useCallback, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { LocaleContext } from './context';
import { initialLocale, storeLocale } from './locale';
import type { Locale } from './locales';

const SetLocaleContext = createContext<(locale: Locale) => void>(() => {});

/**
 * Holds the console's language: starts from the saved choice or the browser's languages, switches
 * at once (every `useI18n` re-renders), remembers the choice and keeps `<html lang>` in step.
 */
export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? initialLocale());

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  return (
    <SetLocaleContext.Provider value={setLocale}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </SetLocaleContext.Provider>
  );
}

/** The current language and the switch to another one (saved for the next visit). */
export function useLocale(): [Locale, (locale: Locale) => void] {
  return [useContext(LocaleContext), useContext(SetLocaleContext)];
}
