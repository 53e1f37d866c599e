import { bench, describe } from 'vitest';
import { classify, classifyAll } from '../../src/classifier';
import { allSeedRows, wireBody } from '../fixtures/seed-codes';

// A mixed corpus: every seed code in its wire format, as objects and as JSON text, plus bare codes.
const objects = allSeedRows.map(([vendor, code]) => wireBody(vendor, code));
const texts = objects.map((body) => JSON.stringify(body));
const bare = allSeedRows.map(([, code]) => code);
const corpus = [...objects, ...texts, ...bare];

describe(`classify a mixed corpus (${corpus.length} inputs per iteration)`, () => {
  bench('classify: objects', () => {
    for (const body of objects) classify(body);
  });
  bench('classify: JSON text', () => {
    for (const text of texts) classify(text);
  });
  bench('classify: bare codes, no vendor hint', () => {
    for (const code of bare) classify(code);
  });
  bench('classifyAll: whole corpus', () => {
    for (const input of corpus) classifyAll(input);
  });
});
