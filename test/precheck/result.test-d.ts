import { describe, expectTypeOf, it } from 'vitest';
import type { PrecheckIssue, PrecheckResult } from '../../src/precheck';

declare const result: PrecheckResult;

describe('PrecheckResult', () => {
  it('has a first issue to show once `ok` is false, also under noUncheckedIndexedAccess', () => {
    if (!result.ok) {
      expectTypeOf(result.issues[0]).toEqualTypeOf<PrecheckIssue>();
      expectTypeOf(result.issues[0].code).toBeString();
    }
  });

  it('has no issue when `ok` is true', () => {
    if (result.ok) expectTypeOf(result.issues).toEqualTypeOf<readonly []>();
  });

  it('keeps the details in both cases', () => {
    expectTypeOf(result.metrics).toEqualTypeOf<PrecheckResult['metrics']>();
    expectTypeOf(result).toHaveProperty('bytes');
  });
});
