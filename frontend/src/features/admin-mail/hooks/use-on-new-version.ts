import { useEffect, useRef } from 'react';

/**
 * Calls `reset` when the server's version of what a form edits changes — after the admin's own save, or
 * when a stale-version answer reloaded someone else's change — so the form shows what is stored now.
 */
export function useOnNewVersion(version: number | undefined, reset: () => void) {
  const seen = useRef(version);
  const latestReset = useRef(reset);
  latestReset.current = reset;
  useEffect(() => {
    if (seen.current !== version) {
      seen.current = version;
      latestReset.current();
    }
  }, [version]);
}
