import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Follows relative imports from an entry and returns every bare package it reaches. */
function packagesReachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g)) {
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const base = resolve(file, '..', spec);
        const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
        const found = candidates.find((c) => {
          try {
            readFileSync(c);
            return true;
          } catch {
            return false;
          }
        });
        if (found) visit(found);
      } else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('capture-feedback/classifier', () => {
  it('has no React, no i18next and no package at all in its import graph', () => {
    expect([...packagesReachedFrom(resolve(__dirname, '../../src/classifier/index.ts'))]).toEqual([]);
  });
});
