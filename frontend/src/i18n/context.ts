import { createContext } from 'react';
import type { Locale } from './locales';

/** The language the console shows; `LocaleProvider` sets it, tests may provide it directly. */
export const LocaleContext = createContext<Locale>('en');
