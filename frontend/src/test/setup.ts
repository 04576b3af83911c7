import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { installMatchMedia, setScreenWidth } from './media';

beforeEach(() => installMatchMedia());

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  setScreenWidth(375);
  document.documentElement.lang = 'en';
});
