import { describe, expect, it } from 'vitest';
import { classify, classifyAll, type VendorId } from '../../src/classifier';

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

  it('takes a blurry face for the selfie, to retake', () => {
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

describe('Innov8tif', () => {
  it.each([
    // eKYC portal error list
    ['MAX_JOURNEY_EXCEEDED', 'integration.config'],
    ['USERNAME_NOT_EXIST', 'integration.auth'],
    ['UNEXPECTED_ERROR', 'service.unavailable'],
    ['UNRESOLVED_PIC_CONTENT', 'file.corrupt'],
    // OkayLive error list: sentences, not codes
    ['Failed to decode image', 'file.unsupported_format'],
    ["Can't read image from bytes", 'file.corrupt'],
    ['Failed to detect face', 'face.not_found'],
    ['Failed to crop face', 'face.too_close'],
    ['Face image is too small', 'face.too_far'],
    // OkayID's samples end their sentences with a full stop, sometimes
    ['Error in processing.', 'integration.bad_request'],
    ['Request size exceed 5MB.', 'file.too_large'],
    ['Error in verifying passport', 'document.unreadable'],
  ] as const)('%s is %s', (code, issue) => {
    expect(codeOf({ error: code, request_id: '1491401591,b0398182' })).toBe(issue);
    expect(codeOf(code, 'innov8tif')).toBe(issue);
  });

  it('takes the code over the sentence beside it, and reads statusMessage', () => {
    const both = { error: 'Interpupillary distance is too small', error_code: 'FACE_TOO_SMALL' };
    expect(codeOf(both, 'innov8tif')).toBe('face.too_far');
    expect(codeOf({ status: 'error', statusMessage: 'Error in processing.' })).toBe(
      'integration.bad_request',
    );
  });

  it('reads an image OkayID or Get Document Type could not read, though the call "succeeded"', () => {
    expect(codeOf({ status: 'success', message: '', images: [{}], result: null }, 'innov8tif')).toBe(
      'document.unreadable',
    );
    expect(codeOf({ status: 'error', message: null, document_type: null }, 'innov8tif')).toBe(
      'document.unreadable',
    );
  });

  it('judges a face match on the 0–100 scale of the current OkayFace versions', () => {
    const match = (confidence: number) => ({ status: 'success', result_idcard: { confidence } });
    expect(codeOf(match(80))).toBeNull(); // V2, V3, Centralized, Plus: pass from 75
    expect(codeOf(match(60))).toBe('match.face_mismatch');
    // A clear mismatch stays one: a low score is not read on the old V4's 0–2 scale.
    expect(codeOf(match(5))).toBe('match.face_mismatch');
  });

  it('reads liveness quality and OkayFace Plus capture liveness', () => {
    const live = (probability: number, quality: number) => ({
      status: 'success',
      imageBestLiveness: { probability, quality },
    });
    expect(codeOf(live(0.9, 0.8))).toBeNull();
    expect(codeOf(live(0.9, 0.2))).toBe('face.low_quality');
    expect(codeOf(live(0.2, 0.8))).toBe('liveness.failed');
    expect(
      codeOf({
        status: 'success',
        imageBestLiveness: { probability: 0.9, quality: 0.8 },
        imageBestCaptureLiveness: { probability: 0.1 },
      }),
    ).toBe('liveness.spoof_suspected');
  });
});

describe('ID R&D', () => {
  it.each([
    ['DOCUMENT_IS_COLORLESS', 'document.colorless'],
    // "Document is too close to the frame border": move it to the middle, not further away
    ['DOCUMENT_TOO_CLOSE_TO_BORDER', 'document.off_center'],
    ['DOCUMENT_TOO_SMALL', 'document.too_far'],
    ['TOO_MANY_DOCUMENTS', 'document.multiple'],
    ['FAILED_TO_PREPROCESS_IMAGE_WHILE_DETECT', 'face.low_quality'],
    ['NO_SUCH_OBJECT_IN_BUILD', 'integration.config'],
  ] as const)('%s is %s', (code, issue) => {
    expect(codeOf({ error: 'x', error_code: code })).toBe(issue);
  });

  it('does not trust a liveness answer of low quality (IDLive Face Server API)', () => {
    expect(codeOf({ probability: 0.99, quality: 0.72, score: 5.2 })).toBeNull();
    expect(classify({ probability: 0.99, quality: 0.1, score: 5.2 })).toMatchObject({
      code: 'face.low_quality',
      vendor: 'idrnd',
    });
  });
});

describe('Fern', () => {
  it('puts the verification issues first, then the status they explain', () => {
    const customer = {
      customerId: 'c-1',
      customerStatus: 'NEEDS_ADDITIONAL_INFORMATION',
      verificationIssues: [
        { code: 'DOCUMENT_EXPIRED', message: 'The provided document has expired.', timestamp: '2026-01-01' },
        { code: 'DOCUMENT_MISSING_BACK', message: 'x', timestamp: '2026-01-01' },
      ],
    };
    const issues = classifyAll(customer);
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['document.expired', 'document.side_missing', 'verification.more_info_needed']),
    );
    expect(issues[0]?.subject).toBe('document');
    expect(issues.every((i) => i.vendor === 'fern')).toBe(true);
  });

  it('reads the customer inside a webhook, and the older PENDING status', () => {
    const webhook = (customerStatus: string) => ({
      id: 'evt_1',
      apiVersion: 'v1',
      type: 'customer.updated',
      createdAt: '2026-01-01T00:00:00Z',
      resource: { customerId: 'c-1', customerStatus },
    });
    expect(classify(webhook('REJECTED'))).toMatchObject({ code: 'verification.rejected', vendor: 'fern' });
    expect(codeOf(webhook('ACTIVE'))).toBeNull();
    expect(codeOf({ customerStatus: 'PENDING' })).toBe('session.pending');
  });

  it("takes TOKEN_EXPIRED for the integration's credentials, not the user's session", () => {
    expect(codeOf({ error: { code: 'TOKEN_EXPIRED', message: 'JWT token has expired' } })).toBe(
      'integration.auth',
    );
  });
});

describe('Tencent Cloud', () => {
  const error = (Code: string) => ({ Response: { Error: { Code, Message: 'x' }, RequestId: 'r-12345' } });

  it.each([
    ['FailedOperation.CompressVideoError', 'video.invalid'],
    ['FailedOperation.IdentityAuthLimitExceeded', 'session.attempts_exhausted'],
    ['FailedOperation.InvalidTokenParameter', 'session.expired'],
    ['FailedOperation.CompareLibServiceUnavailable', 'service.unavailable'],
    ['FailedOperation.WarningServiceFailed', 'service.unavailable'],
    ['FailedOperation.LicenseCardSideError', 'document.wrong_side'],
    ['FailedOperation.LicenseMultiCardError', 'document.multiple'],
    ['FailedOperation.FileDecodeFailed', 'file.corrupt'],
    ['InvalidParameter.RuleId', 'integration.config'],
    // "File download failed": Tencent could not fetch the file; no video of the user's failed to upload
    ['FailedOperation.DownLoadError', 'service.unavailable'],
  ] as const)('%s is %s', (code, issue) => {
    expect(codeOf(error(code))).toBe(issue);
  });

  it.each([
    [41000, 'session.cancelled'],
    [41002, 'camera.permission_denied'],
    [41008, 'face.off_center'],
    [21100, 'network.offline'],
    [11001, 'integration.config'],
  ] as const)('the iOS SDK code %s is %s', (code, issue) => {
    expect(codeOf(code, 'tencent')).toBe(issue);
  });

  it('reads -9101 as the Chinese original says: the border of the card is not whole', () => {
    expect(codeOf({ Response: { WarnCardInfos: [-9101], RequestId: 'r-12345' } })).toBe('document.cropped');
  });

  it('reads a card verification still running, or flagged without a named warning, as no success', () => {
    const result = (Status: string, WarnInfo?: string[]) => ({
      Response: { Status, ...(WarnInfo ? { WarnInfo } : {}), RequestId: 'r-12345' },
    });
    expect(codeOf(result('PROCESSING'))).toBe('session.pending');
    expect(codeOf(result('ABNORMAL'))).toBe('document.not_genuine');
    expect(codeOf(result('WARNING', []))).toBe('document.not_genuine');
    expect(codeOf(result('COMPLETED'))).toBeNull();
    // PoorImageQuality there is the card's picture, not the face (the FaceID code of that name).
    expect(classify(result('ABNORMAL', ['PoorImageQuality']))).toMatchObject({
      code: 'document.unreadable',
      subject: 'document',
    });
    expect(codeOf(error('FailedOperation.PoorImageQuality'))).toBe('face.low_quality');
  });

  it('takes the reason the liveness stage gives over the result code it explains', () => {
    const faceId = (LivenessInfoTag: unknown) => ({
      Response: { Result: '1004', Description: 'x', LivenessInfoTag, RequestId: 'r-12345' },
    });
    expect(classify(faceId('01'))).toMatchObject({ code: 'face.eyes_not_visible', vendorCode: '1004' });
    expect(codeOf(faceId('11'))).toBe('face.low_quality');
    expect(codeOf(faceId('03'))).toBe('liveness.spoof_suspected');
    expect(codeOf(faceId(null))).toBe('face.not_found');
    // GetDetectInfoEnhanced numbers its reasons differently, in a list.
    const enhanced = (LivenessInfoTag: unknown) => ({
      Response: { Text: { ErrCode: 1004, LivenessInfoTag }, RequestId: 'r-12345' },
    });
    expect(codeOf(enhanced(['14']))).toBe('face.occluded');
    expect(codeOf(enhanced(['09']))).toBe('face.low_quality');
    // A success carries no reason to reject.
    expect(codeOf({ Response: { Result: '0', LivenessInfoTag: '01', RequestId: 'r-12345' } })).toBeNull();
  });
});

describe('Tencent intention check (GetDetectInfoEnhanced)', () => {
  const enhanced = (
    stage: 'IntentionQuestionResult' | 'IntentionActionResult',
    FinalResultDetailCode: number,
  ) => ({
    Response: {
      Text: { ErrCode: 0, ErrMsg: 'success' },
      [stage]: { FinalResultDetailCode, FinalResultMessage: 'x' },
      RequestId: 'r-12345',
    },
  });

  it('reads why the confirmation failed after the face check passed', () => {
    expect(classify(enhanced('IntentionQuestionResult', -105))).toMatchObject({
      code: 'face.eyes_not_visible',
      vendor: 'tencent',
      vendorCode: 'Intention:-105',
    });
    expect(codeOf(enhanced('IntentionActionResult', -102))).toBe('face.multiple');
    expect(codeOf(enhanced('IntentionQuestionResult', -801))).toBe('camera.permission_denied');
    expect(codeOf(enhanced('IntentionQuestionResult', -804))).toBe('network.timeout');
    expect(codeOf(enhanced('IntentionQuestionResult', 0))).toBeNull();
    // Not GetFaceIdResultIntl's -999 (the user did not finish): in this field, a system error.
    expect(codeOf(enhanced('IntentionQuestionResult', -999))).toBe('service.unavailable');
  });
});

describe('Faceki KYC v2 in detail (the React Native SDK types)', () => {
  const v2 = (data: object) => ({ responseCode: 0, data });
  const notPassed = (authentication: object) => ({
    verification: { passed: false, result: { face: true, notexpired: true } },
    face: { isIdentical: true, confidence: 0.98 },
    authentication,
  });

  it('names the check that failed: recapture, image quality, data visibility', () => {
    expect(codeOf(v2(notPassed({ recapture_check: { passed: false } })))).toBe('document.screen');
    expect(codeOf(v2(notPassed({ image_quality: { passed: false }, exif_check: { passed: true } })))).toBe(
      'document.unreadable',
    );
    expect(codeOf(v2(notPassed({ data_visibility: { passed: false } })))).toBe('document.unreadable');
    expect(codeOf(v2(notPassed({ security_feature_check: { passed: false } })))).toBe(
      'verification.rejected',
    );
  });

  it('reads each document of a multi-document answer; the first that failed decides', () => {
    const multi = (idKycData: object, ppKycData: object) => ({
      responseCode: 0,
      data: { requestId: 'd4e5f6a7-b8c9', idKycData, ppKycData },
    });
    const passed = {
      responseCode: 0,
      data: { verification: { passed: true, result: { face: true, notexpired: true } } },
    };
    expect(
      classify(
        multi(passed, {
          responseCode: 0,
          data: { verification: { passed: false, result: { face: true, notexpired: false } } },
        }),
      ),
    ).toMatchObject({
      code: 'document.expired',
      vendor: 'faceki',
      requestId: 'd4e5f6a7-b8c9',
    });
    expect(codeOf(multi({ responseCode: 5012, data: {} }, passed))).toBe('document.not_genuine');
    expect(codeOf(multi(passed, passed))).toBeNull();
  });
});
