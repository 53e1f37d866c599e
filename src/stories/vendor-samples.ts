/**
 * Real payloads, one per code family of each seed vendor, in the vendor's wire format. Used by the
 * vendor playground and the onboarding flow.
 */
export interface VendorSample {
  readonly label: string;
  readonly body: string;
  readonly httpStatus?: number;
  readonly retryAfter?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const vendorSamples: Readonly<
  Record<'tencent' | 'faceki' | 'innov8tif' | 'idrnd' | 'fern' | 'browser', readonly VendorSample[]>
> = {
  tencent: [
    {
      label: 'Liveness: face too far (API 3.0 error)',
      body: json({
        Response: {
          Error: { Code: 'FailedOperation.ActionFaceFar', Message: 'The face is too far from the screen.' },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
        },
      }),
    },
    {
      label: 'Liveness: suspected spoof (Result in a normal response)',
      body: json({
        Response: {
          Sim: 0,
          Result: 'FailedOperation.LifePhotoDetectFake',
          Description: 'Real person comparison failed.',
          RequestId: 'c969da05-54e3-4d0a-a55d-b3ef90d4ebf5',
        },
      }),
    },
    {
      label: 'OCR: card border not whole, blurry (WarnCardInfos)',
      body: json({
        Response: {
          Name: 'REDACTED',
          WarnCardInfos: [-9101, -9108],
          RequestId: 'd1d679c5-85fc-414a-a32b-8e5225023a6e',
        },
      }),
    },
    {
      label: 'Liveness rejected, eyes closed all along (GetFaceIdResult LivenessInfoTag)',
      body: json({
        Response: {
          Result: '1004',
          Description: 'REDACTED',
          LivenessInfoTag: '01',
          RequestId: '13c51421-3b1d-4b40-8206-8dacedec2d32',
        },
      }),
    },
    {
      label: 'OCR: glare (IDCardOCR AdvancedInfo JSON string)',
      body: json({
        Response: {
          AdvancedInfo: '{"WarnInfos":[-9107]}',
          RequestId: 'd1d679c5-85fc-414a-a32b-8e5225023a6e',
        },
      }),
    },
    {
      label: 'OCR: card cut off and reflecting (RecognizeGeneralCardWarn flags)',
      body: json({
        Response: {
          CardType: 'IDCard',
          Blur: { IsWarn: false, RiskConfidence: 0.04 },
          BorderIncomplete: { IsWarn: true, RiskConfidence: 0.91 },
          Reflection: { IsWarn: true, RiskConfidence: 0.77 },
          Copy: { IsWarn: false, RiskConfidence: 0.01 },
          RequestId: '3f1d2c0a-5b7e-4a91-8e0c-2d6f9b1a7c45',
        },
      }),
    },
    {
      label: "Wrapped by the host's backend ({ success: false, error: … })",
      body: json({
        success: false,
        error: {
          Response: {
            Error: { Code: 'FailedOperation.LifePhotoDetectNoFaces', Message: 'No face detected.' },
            RequestId: '5a1c7e3e-9f0b-4d6a-a2c1-8e4b7d90f1aa',
          },
        },
      }),
    },
    {
      label: "A Tencent code in the backend's own error shape",
      body: json({ error: { code: 'FailedOperation.ActionLightDark', message: 'Too dark' } }),
    },
    {
      label: 'SaaS: lighting too dim (numeric result)',
      body: json({
        Response: {
          Result: '1201',
          Description: 'The lighting is too dim.',
          RequestId: 'a1b2c3d4-0000-4000-8000-000000000001',
        },
      }),
    },
    {
      label: 'Auth: signature failure',
      body: json({
        Response: {
          Error: {
            Code: 'AuthFailure.SignatureFailure',
            Message: 'The provided credentials could not be validated.',
          },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
        },
      }),
    },
    {
      label: 'Rate limit: RequestLimitExceeded',
      body: json({
        Response: {
          Error: { Code: 'RequestLimitExceeded', Message: 'Too many requests.' },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c7',
        },
      }),
    },
    {
      label: 'Success',
      body: json({
        Response: {
          Result: 'Success',
          Description: 'Success',
          Sim: 92.5,
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c8',
        },
      }),
    },
  ],
  faceki: [
    { label: 'Face too close (8005)', body: json({ responseCode: 8005, data: {} }) },
    { label: 'Selfie liveness failed (5004)', body: json({ responseCode: 5004, data: {} }) },
    { label: 'Expired document (5010)', body: json({ responseCode: 5010, data: {} }) },
    { label: 'Not enough wallet credit (5003)', body: json({ responseCode: 5003, data: {} }) },
    {
      label: 'Blaze 3.0 validation failure',
      body: json({ status: false, message: 'client id is required', statusCode: 422, data: {} }),
    },
    { label: 'Already verified (8024)', body: json({ responseCode: 8024, data: {} }) },
    { label: 'Several faces in the selfie (SDK 8018)', body: json({ responseCode: 8018, data: {} }) },
    {
      label: 'Blaze 3.0 verification declined',
      body: json({
        status: true,
        code: 200,
        message: 'OK',
        appVersion: 'v3.0.0',
        result: { requestId: 'a6c3e1f0-7d2b-4c51-9e0a-3f5b8d2c1e47', decision: 'DECLINED' },
      }),
    },
  ],
  innov8tif: [
    {
      label: 'No face (OkayFace v2)',
      body: json({ error: 'FACE_NOT_FOUND', request_id: '1491401591,b0398182-ca04-4f7e' }),
    },
    {
      label: 'Too many faces',
      body: json({ error: 'TOO_MANY_FACES', request_id: '1491401591,b0398182-ca04-4f7f' }),
    },
    { label: 'File over 3 MB', body: json({ error: 'PAYLOAD_TOO_LARGE' }) },
    { label: 'Wrong format', body: json({ error: 'Photo format error', request_id: null }) },
    {
      label: 'API key expired (status/message shape)',
      body: json({ status: 'error', message: 'API_KEY_EXPIRED', result: null }),
    },
    {
      label: 'Face match below 75',
      body: json({ request_id: '1591169623008663I8E5268153513648', result_idcard: { confidence: 41.2 } }),
    },
  ],
  idrnd: [
    {
      label: 'Face too small (IDLive Face Server)',
      body: json({ error: 'Interpupillary distance is too small', error_code: 'FACE_TOO_SMALL' }),
    },
    { label: 'Eyes closed', body: json({ error: 'Eyes are closed', error_code: 'EYES_CLOSED' }) },
    { label: 'Not live (probability 0.12)', body: json({ probability: 0.12, quality: 0.71, score: -3.4 }) },
    { label: 'Low quality (quality 0.18)', body: json({ probability: 0.93, quality: 0.18, score: 2.1 }) },
  ],
  fern: [
    {
      label: '429 rate limit with Retry-After',
      body: json({
        error: {
          code: 'RATE_LIMIT_EXCEEDED',
          message: 'Too many requests',
          details: 'Rate limit exceeded. Retry after 60 seconds',
          retryAfter: 60,
        },
      }),
      httpStatus: 429,
      retryAfter: '60',
    },
    {
      label: '422 document quality',
      body: json({
        error: {
          code: 'DOCUMENT_QUALITY_INSUFFICIENT',
          message: 'Document quality insufficient',
          details: 'Document image is blurry or incomplete',
        },
      }),
      httpStatus: 422,
    },
    {
      label: '422 date of birth format',
      body: json({
        error: {
          code: 'INVALID_FIELD_FORMAT',
          message: 'Invalid field format',
          details: "Field 'dateOfBirth' must be in YYYY-MM-DD format",
          field: 'dateOfBirth',
        },
      }),
      httpStatus: 422,
    },
    {
      label: 'Customer needs more: document expired (verificationIssues)',
      body: json({
        customerId: 'a1b2c3d4-customer',
        customerStatus: 'NEEDS_ADDITIONAL_INFORMATION',
        verificationIssues: [
          { code: 'DOCUMENT_EXPIRED', message: 'REDACTED', timestamp: '2026-11-05T10:30:00Z' },
        ],
      }),
    },
    {
      label: 'Webhook: customer rejected',
      body: json({
        id: 'evt_7f3a9c21',
        apiVersion: 'v1',
        type: 'customer.updated',
        createdAt: '2026-11-05T10:30:00Z',
        resource: { customerId: 'a1b2c3d4-customer', customerStatus: 'REJECTED' },
      }),
    },
    {
      label: '409 under review',
      body: json({
        error: {
          code: 'RESOURCE_CONFLICT',
          message: 'Customer is in UNDER_REVIEW state and cannot be modified',
        },
      }),
      httpStatus: 409,
    },
    {
      label: '500 with a request id',
      body: json({
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'An unexpected error occurred',
          details: 'Request ID: req_abc123xyz',
        },
      }),
      httpStatus: 500,
    },
    {
      label: '502 HTML gateway page',
      body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      httpStatus: 502,
    },
  ],
  browser: [
    { label: 'Camera permission denied (NotAllowedError)', body: 'NotAllowedError' },
    { label: 'No camera (NotFoundError)', body: 'NotFoundError' },
    { label: 'Camera busy (NotReadableError)', body: 'NotReadableError' },
    { label: 'fetch failed (offline)', body: 'TypeError: Failed to fetch' },
  ],
};

/** Turns a browser sample into the thrown value it stands for. */
export function browserError(body: string): unknown {
  if (body.startsWith('TypeError')) return new TypeError(body.replace(/^TypeError: /, ''));
  return new DOMException('Permission or device error', body);
}
