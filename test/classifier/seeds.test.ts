import { describe, expect, it } from 'vitest';
import { classify, classifyAll, issueCodes } from '../../src/classifier';
import { allSeedRows, fernStatuses, tencentSaas, wireBody } from '../fixtures/seed-codes';

describe('every seed code maps to a specific issue', () => {
  it.each(allSeedRows)('%s %s → %s (bare code, vendor hint)', (vendor, code, issue) => {
    expect(classify(code, { vendor })?.code).toBe(issue);
  });

  it.each(allSeedRows)('%s %s → %s (wire format, no hint)', (vendor, code, issue) => {
    const result = classify(wireBody(vendor, code));
    expect(result?.code).toBe(issue);
    if (vendor !== 'faceki' || code !== 1) expect(result?.vendor).toBe(vendor);
  });

  it.each(allSeedRows)('%s %s → %s (wire format as JSON text)', (vendor, code, issue) => {
    expect(classify(JSON.stringify(wireBody(vendor, code)))?.code).toBe(issue);
  });

  it('maps to unknown only where the vendor itself says unknown', () => {
    const unknowns = allSeedRows.filter(([, , issue]) => issue === 'unknown').map(([, code]) => code);
    expect(unknowns).toEqual(['UNKNOWN', 'FailedOperation.UnKnown']);
  });

  it.each(fernStatuses)('HTTP %i with an empty body → %s', (status, issue) => {
    expect(classify('', { httpStatus: status })?.code ?? null).toBe(issue);
  });

  it('covers every SaaS numeric code of the seed', () => {
    expect(tencentSaas).toHaveLength(51);
    for (const [, code] of tencentSaas)
      expect(classify(String(code), { vendor: 'tencent' })?.code).not.toBe('unknown');
  });
});

describe('real-world noise', () => {
  it('reads numeric strings, negative warnings, lower case and whitespace', () => {
    expect(classify('5004', { vendor: 'faceki' })?.code).toBe('liveness.failed');
    expect(classify(' -9102 ')?.code).toBe('document.photocopy');
    expect(classify('face_too_close')?.code).toBe('face.too_close');
    expect(classify('  failedoperation.lifephotodetectfake\n')?.code).toBe('liveness.spoof_suspected');
    expect(classify(5004n as unknown, { vendor: 'faceki' })?.code).toBe('liveness.failed');
  });

  it('does not let a misleading prefix turn a dark selfie into a server fault', () => {
    expect(classify('InternalError.ActionLightDark')?.code).toBe('lighting.too_dark');
    expect(classify('InternalError.SomethingNew')?.code).toBe('service.unavailable');
    expect(classify('AuthFailure.SignatureExpire')?.code).toBe('integration.auth');
  });

  it('lets a vendor hint decide numbers vendors share', () => {
    expect(classify(1, { vendor: 'faceki' })).toMatchObject({
      code: 'integration.auth',
      vendor: 'faceki',
      vendorConfidence: 'hint',
    });
    expect(classify(1, { vendor: 'tencent' })).toMatchObject({
      code: 'integration.bad_request',
      vendor: 'tencent',
    });
    expect(classify(1)?.vendorConfidence).toBe('ambiguous');
    expect(classify(8006)?.vendorConfidence).toBe('likely');
  });

  it("with a hint, a named code only another vendor knows is that vendor's; a number is not", () => {
    expect(classify('PAYLOAD_TOO_LARGE', { vendor: 'tencent' })).toMatchObject({
      code: 'file.too_large',
      vendor: 'innov8tif',
    });
    expect(classify({ success: false, errCode: 'PAYLOAD_TOO_LARGE' }, { vendor: 'tencent' })?.code).toBe(
      'file.too_large',
    );
    // 8005 is Faceki's "face too close"; for a Tencent integration it means nothing known.
    expect(classify('8005', { vendor: 'tencent' })?.code).toBe('unknown');
  });

  it('reads the same warning number by the field it came in', () => {
    // -9104: an edited card in WarnCardInfos, a temporary ID card in IDCardOCR's AdvancedInfo.
    expect(classify({ Response: { WarnCardInfos: [-9104], RequestId: 'r-123' } })?.code).toBe(
      'document.tampered',
    );
    expect(classify({ Response: { AdvancedInfo: '{"WarnInfos":[-9104]}', RequestId: 'r-123' } })?.code).toBe(
      'document.unsupported',
    );
  });
});

describe('Tencent card verification (GetCardVerificationResult, GetCardVerificationExternalResult)', () => {
  const result = (Status: string, WarnInfo?: string[]) => ({
    Response: { Status, ...(WarnInfo ? { WarnInfo } : {}), CardType: 'ID_CARD', RequestId: 'r-123' },
  });

  it('reads each anti-counterfeiting warning, most important first', () => {
    const issues = classifyAll(
      result('WARNING', [
        'ScreenshotSuspected',
        'RetakeSuspected',
        'PaperCopy',
        'FakeSuspected',
        'OtherWarning',
      ]),
    );
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set(['document.screen', 'document.photocopy', 'document.not_genuine']),
    );
    expect(issues.every((i) => i.vendor === 'tencent' && i.requestId === 'r-123')).toBe(true);
    // Fraud signals: the guidance must stay neutral.
    expect(issues.every((i) => i.sensitive)).toBe(true);
  });

  it('"OtherWarning" (authenticity not verified) is not an unknown error', () => {
    expect(classify(result('WARNING', ['OtherWarning']))?.code).toBe('document.not_genuine');
  });

  it('PASSED is success, REJECTED without a reason is a rejection', () => {
    expect(classify(result('PASSED'))).toBeNull();
    expect(classify(result('REJECTED'))?.code).toBe('verification.rejected');
  });
});

describe('success is never an error', () => {
  it.each([
    ['Tencent Result Success', { Response: { Result: 'Success', RequestId: 'abc-123' } }],
    ['Tencent ErrorCode 0', { Response: { ErrorCode: 0, ErrorMsg: 'ok', RequestId: 'abc-123' } }],
    ['Tencent OCR with empty warnings', { Response: { Name: 'x', WarnCardInfos: [], RequestId: 'abc-123' } }],
    ['Faceki responseCode 0', { responseCode: 0, data: { access_token: 't' } }],
    ['IDLive live', { probability: 0.99, quality: 0.7, score: 5.2 }],
    ['OkayFace match', { request_id: '1491401591,b0398', result_idcard: { confidence: 96.4 } }],
    ['Fern active customer', { customerStatus: 'ACTIVE' }],
    ['bare 0', 0],
    ['bare "Success"', 'Success'],
  ])('%s → null', (_, body) => {
    expect(classify(body)).toBeNull();
    expect(classifyAll(body)).toEqual([]);
  });
});

describe('several issues at once', () => {
  it('returns all OCR warnings, most important first', () => {
    const issues = classifyAll({ Response: { WarnCardInfos: [-9108, -9107, -9101], RequestId: 'abc-123' } });
    expect(issues.map((i) => i.code)).toEqual(['document.cropped', 'image.glare', 'image.blurry']);
    expect(issues.every((i) => i.requestId === 'abc-123')).toBe(true);
    const priorities = issues.map((i) => issueCodes[i.code].priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
  });
});

describe('Tencent card warnings reported as flags', () => {
  const warn = (IsWarn: boolean) => ({ IsWarn, RiskConfidence: IsWarn ? 0.93 : 0.02 });

  it('RecognizeGeneralCardWarn: every check with IsWarn, none without', () => {
    const body = {
      Response: {
        CardType: 'IDCard',
        Blur: warn(false),
        BorderIncomplete: warn(true),
        Copy: warn(false),
        Ps: warn(false),
        Reflection: warn(true),
        Reprint: warn(false),
        Screenshot: warn(false),
        Cover: warn(false),
        Overlap: warn(false),
        Watermark: warn(false),
        RequestId: 'r-9',
      },
    };
    const issues = classifyAll(body);
    expect(issues.map((i) => i.code)).toEqual(['document.cropped', 'image.glare']);
    expect(issues.map((i) => i.vendorCode)).toEqual(['CardWarn:BorderIncomplete', 'CardWarn:Reflection']);
    expect(issues.every((i) => i.vendor === 'tencent' && i.requestId === 'r-9')).toBe(true);
  });

  it('VerifyGeneralCardWarn: forgery checks are sensitive; an electronic licence is not a problem', () => {
    const body = {
      Response: {
        Tamper: warn(true),
        Synthesis: warn(true),
        Template: warn(false),
        RemakeScreen: warn(true),
        Electron: warn(true),
        TextWatermark: warn(false),
        RequestId: 'r-10',
      },
    };
    const codes = classifyAll(body).map((i) => i.code);
    expect(new Set(codes)).toEqual(new Set(['document.tampered', 'document.not_genuine', 'document.screen']));
    expect(classifyAll(body).every((i) => i.sensitive)).toBe(true);
  });

  it('all checks clear is success', () => {
    expect(
      classify({ Response: { CardType: 'IDCard', Blur: warn(false), Copy: warn(false), RequestId: 'r' } }),
    ).toBeNull();
  });

  it('RecognizeValidIDCardOCR: 0/1 flags in the card info WarnInfos', () => {
    const body = {
      Response: {
        Type: '身份证人像面',
        IDCardInfo: {
          Name: { Content: 'x' },
          WarnInfos: {
            BorderCheck: 0,
            OcclusionCheck: 1,
            CopyCheck: 0,
            ReshootCheck: 0,
            PSCheck: 0,
            BlurCheck: 1,
            BlurScore: 0.71,
            ElectronCheck: 1,
          },
        },
        RequestId: 'r-11',
      },
    };
    expect(classifyAll(body).map((i) => i.code)).toEqual(['document.covered', 'image.blurry']);
    const clean = {
      Response: { IDCardInfo: { WarnInfos: { BorderCheck: 0, ElectronCheck: 1 } }, RequestId: 'r' },
    };
    expect(classify(clean)).toBeNull();
    expect(
      classify({
        Response: { PermanentResidencePermitInfo: { WarnInfos: { ReshootCheck: 1 } }, RequestId: 'r' },
      })?.code,
    ).toBe('document.screen');
  });
});
