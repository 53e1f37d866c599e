import { describe, expect, it } from 'vitest';
import { classify, type VendorId } from '../../src/classifier';

// Codes and shapes from the vendors' own SDKs and API pages, beyond the seed files (the research
// notes of 2026-12-08 name each source). Each body is written as the source shows it.
const codeOf = (body: unknown, vendor?: VendorId) => classify(body, vendor ? { vendor } : {})?.code ?? null;

describe('Faceki', () => {
  // faceki/blaze-android-sdk `KYCErrorCodes.kt`; 8019–8022 from the older Kotlin `StatusCodes`.
  it.each([
    [1000, 'service.unavailable'],
    [7001, 'integration.config'],
    [8001, 'file.missing'],
    [8002, 'verification.rejected'],
    [8003, 'session.cancelled'],
    [8010, 'verification.rejected'],
    [8013, 'integration.bad_request'],
    [8014, 'session.expired'],
    [8015, 'session.expired'],
    [8016, 'service.unavailable'],
    [8017, 'session.attempts_exhausted'],
    [8018, 'face.multiple'],
    [8019, 'image.blurry'],
    [8021, 'document.side_missing'],
  ] as const)('responseCode %s is %s', (code, issue) => {
    expect(codeOf({ responseCode: code, data: {} })).toBe(issue);
  });

  it('knows the SDK spellings of the same codes', () => {
    expect(codeOf('POOR_LIGHT', 'faceki')).toBe('lighting.poor');
    expect(codeOf('FACE_BLURR', 'faceki')).toBe('image.blurry');
    expect(codeOf('SELFIE_MULTIPLE_FACES')).toBe('face.multiple');
    // A blurry face is the selfie's, to retake.
    expect(classify({ responseCode: 8019 })?.subject).toBe('selfie');
  });

  // Blaze 3.0 (faceki/blaze-ios-sdk `MultiVerificationModel.swift`): the verdict is in `result`.
  const blaze = (decision: string) => ({
    status: true,
    code: 200,
    message: 'OK',
    appVersion: 'v3.0.0',
    result: { requestId: 'a6c3e1f0-7d2b-4c51', decision },
  });

  it('reads the Blaze 3.0 decision: declined is no success, review is pending', () => {
    for (const vendor of [undefined, 'faceki'] as const) {
      expect(classify(blaze('DECLINED'), { vendor })).toMatchObject({
        code: 'verification.rejected',
        vendor: 'faceki',
        requestId: 'a6c3e1f0-7d2b-4c51',
      });
      expect(codeOf(blaze('REVIEW'), vendor)).toBe('session.pending');
      expect(codeOf(blaze('ACCEPTED'), vendor)).toBeNull();
    }
  });

  it('reads the webhook status (docs: eKYC webhook structure)', () => {
    const webhook = (status: string) => ({
      requestId: 'b1c2d3e4-f5a6',
      fullName: 'REDACTED',
      status,
      kycData: {},
    });
    expect(classify(webhook('DECLINED'))).toMatchObject({ code: 'verification.rejected', vendor: 'faceki' });
    expect(codeOf(webhook('REVIEW'))).toBe('session.pending');
    expect(codeOf(webhook('ACCEPTED'))).toBeNull();
    expect(codeOf(webhook('APPROVED'))).toBeNull();
  });

  it('reads KYC v2 checks that did not pass inside a responseCode of 0', () => {
    const v2 = (passed: boolean, face: boolean, notexpired: boolean) => ({
      responseCode: 0,
      data: { verification: { passed, result: { face, notexpired } } },
    });
    expect(codeOf(v2(false, false, true))).toBe('match.face_mismatch');
    expect(codeOf(v2(false, true, false))).toBe('document.expired');
    expect(codeOf(v2(false, true, true))).toBe('verification.rejected');
    expect(codeOf(v2(true, true, true))).toBeNull();
  });
});
