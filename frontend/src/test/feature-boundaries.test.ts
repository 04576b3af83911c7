import { describe, expect, it } from 'vitest';

/** Features do not import each other (README, STYLE.md); only src/app composes them. */
const sources = import.meta.glob<string>('../features/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

/** "features/x/components/A.tsx" + "../../y/index" → ["features", "y", "index"] */
function resolveFrom(file: string, spec: string): string[] {
  const parts = file.split('/').slice(0, -1);
  for (const step of spec.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts;
}

describe('feature folders', () => {
  it('are all seen by this test', () => {
    const features = new Set(Object.keys(sources).map((path) => path.split('/')[2]));
    expect([...features]).toEqual(expect.arrayContaining(['auth', 'tickets', 'mail', 'admin-mail', 'dashboard', 'escalations', 'dooray']));
  });

  it('import nothing from another feature, nor from src/app', () => {
    const offences: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      const file = path.replace(/^\.\.\//, '');
      const feature = file.split('/')[1];
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        if (!spec!.startsWith('.')) continue;
        const target = resolveFrom(file, spec!);
        if ((target[0] === 'features' && target[1] !== feature) || target[0] === 'app') offences.push(`${file} → ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
