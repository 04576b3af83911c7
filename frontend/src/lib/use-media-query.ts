import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; follows changes (window resized, phone rotated). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Wide enough to show the open ticket beside the list (the same width as the split layout in styles.css). */
export const SPLIT_VIEW_QUERY = '(min-width: 1100px)';
