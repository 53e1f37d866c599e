import type { IssueCode } from '../codes';
import {
  asCode,
  asRequestId,
  field,
  isObject,
  type Plain,
  type PlainObject,
  parseJsonText,
  snapshot,
} from '../safe';
import type { Extracted, VendorModule } from '../types';

/**
 * Tencent Cloud FaceID / eKYC / OCR (API 3.0, PaaS and SaaS).
 *
 * Errors arrive inside HTTP 200 as `{"Response":{"Error":{"Code","Message"},"RequestId"}}`; some
 * calls report a failed check in a normal result (`Result` = "Success" or a code, `ErrorCode` with
 * 0 for success, `Text.ErrCode` in GetDetectInfo); OCR card warnings are negative integers in
 * `WarnCardInfos` / `WarnInfos` arrays, sometimes inside the `AdvancedInfo` JSON string.
 */

// The part after the last dot decides: `InternalError.ActionLightDark` is a dark selfie, whatever
// the prefix says, so these are keyed by that final segment.
const named: Record<string, IssueCode> = {
  ActionCloseEye: 'liveness.blink_missing',
  ActionFaceClose: 'face.too_close',
  ActionFaceFar: 'face.too_far',
  ActionFaceLeft: 'face.off_center',
  ActionFaceRight: 'face.off_center',
  ActionFirstAction: 'liveness.movement_missing',
  ActionLightDark: 'lighting.too_dark',
  ActionLightStrong: 'lighting.too_bright',
  ActionNodetectFace: 'face.not_found',
  ActionOpenMouth: 'liveness.mouth_missing',
  CompareFail: 'match.face_mismatch',
  CompareLowSimilarity: 'match.face_mismatch',
  CompareSystemError: 'service.unavailable',
  // "File download failed": Tencent could not fetch the file (FaceID and OCR alike), not an upload
  DownLoadError: 'service.unavailable',
  DownLoadTimeoutError: 'network.timeout',
  LifePhotoDetectFaces: 'face.multiple',
  LifePhotoDetectFake: 'liveness.spoof_suspected',
  LifePhotoDetectNoFaces: 'face.not_found',
  LifePhotoPoorQuality: 'image.low_resolution',
  LifePhotoSizeError: 'image.bad_dimensions',
  IdPhotoPoorQuality: 'image.low_resolution',
  IdPhotoNoFace: 'face.not_found',
  IdPhotoSystemNoanswer: 'service.unavailable',
  LipFaceIncomplete: 'face.cropped',
  LipMoveSmall: 'liveness.lip_movement_small',
  LipNetFailed: 'video.upload_failed',
  LipSizeError: 'video.too_short',
  LipVideoInvalid: 'video.invalid',
  LipVideoQuaility: 'video.low_quality',
  LipVideoQuality: 'video.low_quality',
  LipVoiceDetect: 'voice.not_detected',
  LipVoiceLow: 'voice.too_quiet',
  LipVoiceRecognize: 'voice.not_recognized',
  LivessBestFrameError: 'face.not_found',
  LivessDetectFail: 'liveness.failed',
  LivessDetectFake: 'liveness.spoof_suspected',
  LivessSystemError: 'service.unavailable',
  LivessUnknownError: 'liveness.failed',
  SilentDetectFail: 'liveness.failed',
  SilentEyeLiveFail: 'face.eyes_not_visible',
  SilentFaceDetectFail: 'face.not_found',
  SilentFaceQualityFail: 'face.low_quality',
  SilentFaceWithMaskFail: 'face.mask',
  SilentMouthLiveFail: 'face.mouth_not_visible',
  SilentMultiFaceFail: 'face.multiple',
  SilentPictureLiveFail: 'liveness.spoof_suspected',
  SilentThreshold: 'liveness.failed',
  SilentTooShort: 'video.too_short',
  ActionTooShort: 'video.too_short',
  LivessTimeout: 'liveness.timeout',
  UnKnown: 'unknown',
  ImageDecodeFailed: 'file.corrupt',
  ImageBlur: 'image.blurry',
  ImageSizeTooLarge: 'file.too_large',
  ImageNoIdCard: 'document.not_found',
  ImageNoText: 'document.unreadable',
  IncompleteImage: 'document.cropped',
  FuzzyImage: 'image.blurry',
  IdCardInfoIllegal: 'document.unreadable',
  WarningImage: 'document.not_genuine',
  BizTokenExpired: 'session.expired',
  BizTokenIllegal: 'session.expired',
  TokenExpired: 'session.expired',
  DecryptSystemError: 'service.unavailable',
  UnOpenError: 'integration.config',
  Nonactivated: 'integration.config',
  Arrears: 'integration.config',
  ArrearsError: 'integration.config',
  StsUnAuthErrError: 'integration.auth',
  InvalidAuthorization: 'integration.auth',
  SignatureFailure: 'integration.auth',
  SignatureExpire: 'integration.auth',
  SecretIdNotFound: 'integration.auth',
  UnauthorizedOperation: 'integration.auth',
  RequestLimitExceeded: 'service.rate_limited',
  LimitExceeded: 'service.rate_limited',
  ServiceUnavailable: 'service.unavailable',
  InternalError: 'service.unavailable',
  InvalidParameter: 'integration.bad_request',
  InvalidParameterValue: 'integration.bad_request',
  MissingParameter: 'integration.bad_request',
  UnsupportedOperation: 'integration.config',
  ResourceUnavailable: 'integration.config',
  ResourceInsufficient: 'integration.config',
  UnsupportedRegion: 'integration.config',
  CoveredFace: 'face.occluded',
  IncompleteFace: 'face.cropped',
  PoorImageQuality: 'face.low_quality',
  VideoDecodeFailed: 'video.invalid',
  VideoDurationExceeded: 'video.invalid',
  DetectEngineSystemError: 'service.unavailable',
  EmptyImageError: 'file.missing',
  FileSaveError: 'service.unavailable',
  DbError: 'service.unavailable',
  EncryptSystemError: 'service.unavailable',
  IdFormatError: 'details.invalid',
  NameFormatError: 'details.invalid',
  IdNameMisMatch: 'document.data_mismatch',
  IdNoExistSystem: 'details.invalid',
  IdPhotoNoExist: 'verification.rejected',
  OcrFailed: 'document.unreadable',
  OcrWarningOccurred: 'document.unreadable',
  VerificationFail: 'verification.rejected',
  UnKnowError: 'unknown',
  CardSideError: 'document.wrong_side',
  CountLimitError: 'integration.config',
  DetectFailed: 'document.not_found',
  EngineRecognizeTimeout: 'service.unavailable',
  FieldException: 'document.unreadable',
  IdCardTooSmall: 'document.too_far',
  ImageNoSpecifiedCard: 'document.unsupported',
  InconsistencyBetweenMRZAndVRZ: 'document.not_genuine',
  LanguageNotSupport: 'document.unsupported',
  MultiCardError: 'document.multiple',
  NoHKIDCard: 'document.unsupported',
  NoMASIDCard: 'document.unsupported',
  NoPassport: 'document.unsupported',
  UnKnowFileTypeError: 'file.unsupported_format',
  TooLargeFileError: 'file.too_large',
  InvalidFileContentSize: 'file.too_large',
  EngineImageDecodeFailed: 'file.corrupt',
  ImageDownloadError: 'integration.bad_request',
  InArrears: 'integration.config',
  ResourcePackageRunOut: 'integration.config',
  ChargeStatusException: 'integration.config',
  NonAuthorize: 'integration.config',
  Activating: 'integration.config',
  ActivateError: 'integration.config',
  OperationDenied: 'integration.auth',
  TokenFailure: 'integration.auth',
  MFAFailure: 'integration.auth',
  InvalidSecretId: 'integration.auth',
  ActionOffline: 'integration.bad_request',
  NoSuchVersion: 'integration.bad_request',
  InvalidAction: 'integration.bad_request',
  RuleIdDisabled: 'integration.config',
  RuleIdNotExist: 'integration.config',
  // String warnings of GetCardVerificationExternalResult / GetCardVerificationResult (`WarnInfo`)
  ScreenshotSuspected: 'document.screen',
  RetakeSuspected: 'document.screen',
  PaperCopy: 'document.photocopy',
  FakeSuspected: 'document.not_genuine',
  // "Document's authenticity is not verified for various reasons" (GetCardVerificationExternalResult)
  OtherWarning: 'document.not_genuine',
  InformationVerificationFailed: 'document.data_mismatch',
  TooManyCards: 'document.multiple',
  IncompleteCard: 'document.cropped',
  // From the SDKs' error-code lists (tencentcloud-sdk-*: faceid and ocr `errorcodes`)
  CompressVideoError: 'video.invalid',
  IdentityAuthLimitExceeded: 'session.attempts_exhausted', // daily limit for this name and ID number
  InvalidTokenParameter: 'session.expired', // "Token not found"
  CompareLibServiceUnavailable: 'service.unavailable',
  UnregisteredEid: 'verification.rejected',
  WarningServiceFailed: 'service.unavailable',
  LLMServiceFailed: 'service.unavailable',
  InvalidPostalCodeLength: 'document.unreadable', // misread from a MyKad
  FileDecodeFailed: 'file.corrupt',
  PDFParseFailed: 'file.corrupt',
  LicenseCardSideError: 'document.wrong_side',
  LicenseMultiCardError: 'document.multiple',
  NoDriverLicenseError: 'document.unsupported',
  UserQuotaError: 'integration.config',
  DataSourceQueryFailed: 'service.unavailable',
  RuleId: 'integration.config', // InvalidParameter.RuleId: no such rule, as RuleIdNotExist
};

// Numbers: the SaaS result codes (GetDetectInfo and the H5/mini-program flows) and the OCR card
// warnings, which arrive negative (-9102) and are matched by their absolute value.
const numbered: Record<string, IssueCode> = {
  '1': 'integration.bad_request',
  '2': 'integration.bad_request',
  '3': 'integration.bad_request',
  '4': 'service.unavailable',
  '8': 'service.unavailable', // "Failed to store the file": Tencent's storage, not the upload
  // "An invalid file format. Please try again later." among the storage errors around it (8, 10,
  // 11), in a flow where the SDK, not the user, makes the file; "internal service error" in the
  // international table. Either way nothing the user picks: try again later.
  '9': 'service.unavailable',
  '10': 'service.unavailable',
  '11': 'service.unavailable', // "A file system timeout" on Tencent's side, not the user's network
  '14': 'session.already_verified',
  '15': 'session.expired',
  '16': 'session.attempts_exhausted',
  '17': 'session.cancelled',
  '202': 'video.upload_failed',
  '1001': 'service.unavailable',
  '1002': 'liveness.spoof_suspected',
  '1003': 'liveness.failed',
  '1004': 'face.not_found',
  '1005': 'liveness.failed',
  '1101': 'voice.not_detected',
  '1102': 'face.cropped',
  '1103': 'voice.not_recognized',
  '1104': 'video.invalid',
  '1105': 'video.upload_failed',
  '1106': 'voice.too_quiet',
  '1107': 'video.too_short',
  '1108': 'video.low_quality',
  '1109': 'liveness.lip_movement_small',
  '1201': 'lighting.too_dark',
  '1202': 'lighting.too_bright',
  '1203': 'face.too_close',
  '1204': 'face.off_center',
  '1205': 'face.too_far',
  '1206': 'face.off_center',
  '1207': 'liveness.blink_missing',
  '1208': 'liveness.movement_missing',
  '1209': 'liveness.mouth_missing',
  '1210': 'face.not_found',
  '1301': 'liveness.failed',
  '1302': 'liveness.failed',
  '1303': 'video.too_short',
  '1401': 'liveness.failed',
  '2001': 'service.unavailable',
  '2004': 'image.bad_dimensions',
  '2009': 'image.low_resolution',
  '2010': 'face.not_found',
  '2011': 'liveness.spoof_suspected',
  '2012': 'face.multiple',
  '2013': 'face.not_found',
  '2014': 'image.low_resolution',
  '2015': 'match.face_mismatch',
  '2016': 'match.face_mismatch',
  '12': 'service.unavailable',
  '13': 'service.unavailable',
  '201': 'video.upload_failed',
  '203': 'integration.config',
  '204': 'integration.config',
  '301': 'document.data_mismatch',
  '302': 'document.expired',
  '303': 'document.unreadable',
  '1006': 'service.unavailable',
  '1007': 'liveness.failed',
  '1008': 'network.timeout',
  '2002': 'details.invalid',
  '2003': 'details.invalid',
  '2005': 'verification.rejected',
  '2006': 'document.data_mismatch',
  '2007': 'verification.rejected',
  '2008': 'verification.rejected',
  '2017': 'face.occluded',
  '-999': 'session.cancelled', // GetFaceIdResultIntl: the user did not finish
  '1409': 'liveness.timeout',
  '1410': 'session.cancelled',
  // native mobile SDK (WBFaceError codes)
  '23100': 'network.offline',
  '23200': 'network.offline',
  '33100': 'network.offline',
  '33200': 'network.offline',
  '53100': 'network.offline',
  '53200': 'network.offline',
  '43000': 'session.cancelled',
  '43002': 'camera.permission_denied',
  '43003': 'camera.in_use',
  '43004': 'video.invalid',
  '43005': 'image.blurry',
  '43006': 'video.invalid',
  '43007': 'liveness.timeout',
  '43008': 'face.off_center',
  '43010': 'session.attempts_exhausted',
  '43011': 'voice.not_detected',
  // …and the iOS SDK's (WBFaceError): 41xxx as 43xxx, network errors at login and at get-info
  '41000': 'session.cancelled',
  '41001': 'service.unavailable',
  '41002': 'camera.permission_denied',
  '41003': 'camera.in_use',
  '41004': 'video.invalid',
  '41005': 'image.blurry',
  '41006': 'video.invalid',
  '41007': 'liveness.timeout',
  '41008': 'face.off_center',
  '41009': 'liveness.failed',
  '41010': 'session.attempts_exhausted',
  '41011': 'voice.not_detected',
  '41013': 'integration.config',
  '41014': 'integration.config',
  '21100': 'network.offline',
  '21200': 'network.offline',
  '31100': 'network.offline',
  '31200': 'network.offline',
  '11000': 'integration.bad_request',
  '11001': 'integration.config',
  '11002': 'integration.config',
  // OCR card warnings as the seed and the international `WarnCardInfos` define them (arrive negative).
  // -9101 is "Alarm for covered certificate" in the English docs, but 证件边框不完整告警 (the card's
  // border is incomplete) in the Chinese originals of MLIDCardOCR and IDCardOCR: show the whole card.
  '9101': 'document.cropped',
  '9102': 'document.photocopy',
  '9103': 'document.screen',
  '9104': 'document.tampered',
  '9107': 'image.glare',
  '9108': 'image.blurry',
  '8001': 'image.blurry',
};

// The same warning number means different things in different fields: `-9104` is an edited card in
// `WarnCardInfos` but a temporary ID card in IDCardOCR's `AdvancedInfo.WarnInfos`. Codes from those
// fields are reported as `Field:-NNNN` and resolved here.
export const warningFields: Readonly<Record<string, Readonly<Record<string, IssueCode>>>> = {
  // IDCardOCR (AdvancedInfo JSON string) and GetDetectInfoEnhanced IdCardData.WarnInfos
  WarnInfos: {
    '9100': 'document.expired',
    '9101': 'document.cropped',
    '9102': 'document.photocopy',
    '9103': 'document.screen',
    '9104': 'document.unsupported',
    '9105': 'document.covered',
    '9106': 'document.tampered',
    '9107': 'image.glare',
    '9108': 'document.colorless',
    '9109': 'document.expired',
    '9111': 'document.not_genuine',
    '8001': 'image.blurry',
    // RecognizeValidIDCardOCR: `WarnInfos` is an object of 0/1 flags in each card's info
    // (`ElectronCheck`, an electronic ID card, is a valid document, not a problem).
    BorderCheck: 'document.cropped',
    OcclusionCheck: 'document.covered',
    CopyCheck: 'document.photocopy',
    ReshootCheck: 'document.screen',
    PSCheck: 'document.tampered',
    BlurCheck: 'image.blurry',
  },
  // RecognizeGeneralCardWarn and VerifyGeneralCardWarn: one `{ IsWarn, RiskConfidence }` per check
  // at the top of the response (`Electron`, an electronic licence, is not a problem either).
  CardWarn: {
    Blur: 'image.blurry',
    BorderIncomplete: 'document.cropped',
    Copy: 'document.photocopy',
    Ps: 'document.tampered',
    Tamper: 'document.tampered',
    Synthesis: 'document.not_genuine', // AI-generated
    Template: 'document.not_genuine', // a specimen or template image
    Reflection: 'image.glare',
    Reprint: 'document.screen', // 翻拍: photographed again, off a screen or a print
    RemakeScreen: 'document.screen',
    Screenshot: 'document.screen',
    Cover: 'document.covered',
    Overlap: 'document.covered', // another card or object over this one
    // A text overlay ("for account opening only") hides part of the card: a clean photo is needed.
    Watermark: 'document.covered',
    TextWatermark: 'document.covered',
  },
  // GetCardVerificationExternalResult's `WarnInfo` strings whose FaceID namesake means something else
  WarnInfo: {
    PoorImageQuality: 'document.unreadable', // of the card's image, not the face
  },
  // GetFaceIdResult(Intl) `LivenessInfoTag`: why the liveness stage rejected the attempt
  // (01 eyes closed all along, 02 the action not done, 03–06 kinds of suspected attack; the same
  // in both numberings, which part from 07 on. Written out twice on purpose: a shared table costs
  // more bytes once gzipped, and a spread keeps Tencent's tables in a bundle that does not use them.)
  LivenessInfoTag: {
    '01': 'face.eyes_not_visible',
    '02': 'liveness.movement_missing',
    '03': 'liveness.spoof_suspected',
    '04': 'liveness.spoof_suspected',
    '05': 'liveness.spoof_suspected',
    '06': 'liveness.spoof_suspected',
    '07': 'liveness.spoof_suspected',
    '08': 'liveness.spoof_suspected',
    '09': 'liveness.failed', // the reflection (light) check
    '10': 'liveness.failed', // the best-frame check
    '11': 'face.low_quality',
    '12': 'liveness.failed', // face distance mismatch
    '13': 'liveness.spoof_suspected',
  },
  // …and GetDetectInfoEnhanced's `Text.LivenessInfoTag`, numbered differently
  TextLivenessInfoTag: {
    '01': 'face.eyes_not_visible',
    '02': 'liveness.movement_missing',
    '03': 'liveness.spoof_suspected',
    '04': 'liveness.spoof_suspected',
    '05': 'liveness.spoof_suspected',
    '06': 'liveness.spoof_suspected',
    '07': 'liveness.failed', // the reflection check
    '08': 'liveness.spoof_suspected',
    '09': 'face.low_quality',
    '10': 'liveness.failed', // the distance check
    '11': 'liveness.spoof_suspected',
    '12': 'liveness.spoof_suspected',
    '13': 'liveness.spoof_suspected',
    '14': 'face.occluded', // eyes or mouth covered
  },
  // GetDetectInfoEnhanced's intention check (`IntentionQuestionResult` / `IntentionActionResult`
  // `.FinalResultDetailCode`, negative): after the face check passed, why the user's confirmation failed
  Intention: {
    '1': 'integration.bad_request',
    '2': 'service.unavailable',
    '101': 'face.off_center', // keep the face in the frame
    '102': 'face.multiple',
    '103': 'face.not_found',
    '104': 'face.cropped',
    '105': 'face.eyes_not_visible', // do not cover the eyes
    '106': 'face.mouth_not_visible',
    '107': 'face.occluded', // …the nose
    '201': 'match.face_mismatch',
    '202': 'match.face_mismatch',
    '301': 'verification.rejected',
    '302': 'liveness.mouth_missing', // no mouth movement while answering
    '800': 'device.browser_unsupported',
    '801': 'camera.permission_denied', // camera and microphone
    '802': 'session.cancelled', // interrupted (switched screens)
    '803': 'session.cancelled', // the user closed the link
    '804': 'network.timeout', // unstable network
    '998': 'service.unavailable',
    '999': 'service.unavailable', // "unknown system error"
  },
  // MLIDCardOCR's older `Warn` field
  Warn: {
    '9102': 'document.photocopy',
    '9103': 'document.screen',
    '9106': 'document.covered',
    '9107': 'image.blurry',
  },
  // BankCardOCR
  WarningCode: {
    '9110': 'document.expired',
    '9111': 'document.cropped',
    '9112': 'image.glare',
    '9113': 'document.photocopy',
    '9114': 'document.screen',
  },
};
// `-9109` in `WarnCardInfos` says the warning service is not enabled, and `-9901` is "other":
// neither is anything the user can act on.
const IGNORED_WARNINGS = /* @__PURE__ */ new Set(['9109', '9901']);

// A code's family decides when its last segment is not one we know.
const families: readonly (readonly [RegExp, IssueCode])[] = [
  [/^AuthFailure\b/, 'integration.auth'],
  [/^UnauthorizedOperation\b/, 'integration.config'],
  [/^(Request)?LimitExceeded\b/, 'service.rate_limited'],
  [
    /^(ResourceUnavailable|ResourceInsufficient|ResourceNotFound|UnsupportedOperation)\b/,
    'integration.config',
  ],
  [
    /^(InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter)\b/,
    'integration.bad_request',
  ],
  [/^InternalError\b/, 'service.unavailable'],
];

const TENCENT_CODE = /^[A-Z][A-Za-z]+(\.[A-Za-z0-9_]+)*$/;
const SUCCESS = /* @__PURE__ */ new Set(['success', '0']);

function lastSegment(code: string): string {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? code : code.slice(dot + 1);
}

// Built on first use, so that a bundle without the Tencent module drops its tables.
let lowerNamed: Map<string, IssueCode> | undefined;

function fallback(code: string): IssueCode | undefined {
  const qualified = /^(\w+):-?(\w+)$/.exec(code);
  if (qualified) {
    const [, name = '', number = ''] = qualified;
    return warningFields[name]?.[number] ?? numbered[number];
  }
  lowerNamed ??= new Map(Object.entries(named).map(([k, v]) => [k.toLowerCase(), v]));
  const hit = lowerNamed.get(lastSegment(code).toLowerCase());
  if (hit) return hit;
  for (const [pattern, issue] of families) if (pattern.test(code)) return issue;
  return undefined;
}

function inner(body: Plain): PlainObject | undefined {
  if (!isObject(body)) return undefined;
  const response = body.Response;
  return isObject(response) ? response : body;
}

function warnings(value: Plain | undefined, name: string, out: (string | number)[]): void {
  let list = value;
  if (typeof list === 'string') {
    // `AdvancedInfo` is JSON text; CN `Warnings` is "-9101|-9106".
    list = list.trimStart().startsWith('{') ? snapshot(parseJsonText(list)) : list.split('|');
  }
  if (isObject(list)) list = field(list, 'WarnInfos');
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const code = asCode(item);
    if (!code || code === '0') continue;
    if (name === 'WarnCardInfos' && IGNORED_WARNINGS.has(code.replace(/^-/, ''))) continue;
    out.push(name === 'WarnCardInfos' || !/^-?\d+$/.test(code) ? code : `${name}:${code}`);
  }
}

/** Checks reported as flags: `BlurCheck: 1` in `WarnInfos`, `Blur: { IsWarn: true }` in `CardWarn`. */
function flags(checks: PlainObject, name: 'WarnInfos' | 'CardWarn', out: (string | number)[]): void {
  const table = warningFields[name] ?? {};
  for (const check in table) {
    if (!Object.hasOwn(checks, check)) continue;
    const value = checks[check];
    if (name === 'CardWarn' ? isObject(value) && value.IsWarn === true : value === 1 || value === true)
      out.push(`${name}:${check}`);
  }
}

function extract(body: Plain): Extracted | undefined {
  const response = inner(body);
  if (!response) return undefined;
  const codes: (string | number)[] = [];
  let success = false;
  const error = response.Error;
  if (isObject(error)) {
    const code = asCode(error.Code);
    if (code) codes.push(code);
  }
  // GetDetectInfo returns its result as JSON text.
  const detectInfo =
    typeof response.DetectInfo === 'string' ? snapshot(parseJsonText(response.DetectInfo)) : undefined;
  const text = isObject(response.Text)
    ? response.Text
    : isObject(detectInfo) && isObject(detectInfo.Text)
      ? detectInfo.Text
      : undefined;
  const compare = Array.isArray(response.CompareResults) ? response.CompareResults : [];
  const results = [
    response.Result,
    response.ErrorCode,
    text?.ErrCode,
    ...compare.map((c) => (isObject(c) ? c.ErrorCode : undefined)),
  ];
  for (const value of results) {
    const code = asCode(value);
    if (code === undefined) continue;
    if (SUCCESS.has(code.toLowerCase())) success = true;
    else codes.push(code);
  }
  const status = asCode(response.Status)?.toLowerCase();
  if (status === 'passed' || status === 'completed') success = true;
  if (Array.isArray(response.WarnInfo))
    for (const w of response.WarnInfo)
      if (typeof w === 'string') codes.push(warningFields.WarnInfo?.[w] ? `WarnInfo:${w}` : w);
  if (status === 'rejected' && codes.length === 0) codes.push('VerificationFail');
  for (const stage of [response.IntentionQuestionResult, response.IntentionActionResult]) {
    const code = isObject(stage) ? asCode(stage.FinalResultDetailCode) : undefined;
    if (code && code !== '0') codes.push(`Intention:${code}`);
  }
  // GetCardVerificationExternalResult: still running, or anomalies it does not name.
  let issue: IssueCode | undefined;
  if (!codes.length && status === 'processing') issue = 'session.pending';
  if (!codes.length && (status === 'abnormal' || status === 'warning')) issue = 'document.not_genuine';
  // Why the liveness stage rejected a failed attempt: more precise than the result code it explains.
  const tags = [
    ['LivenessInfoTag', response.LivenessInfoTag],
    ['TextLivenessInfoTag', text?.LivenessInfoTag],
  ] as const;
  for (const [name, value] of tags) {
    const tag = (Array.isArray(value) ? value : String(value ?? '').split(','))
      .map((t) => asCode(t)?.padStart(2, '0'))
      .find((t) => t && warningFields[name]?.[t]);
    if (codes.length && tag) issue ??= warningFields[name]?.[tag];
  }
  warnings(response.WarnCardInfos, 'WarnCardInfos', codes);
  warnings(response.Warn, 'Warn', codes);
  warnings(response.WarningCode, 'WarningCode', codes);
  warnings(response.WarnInfos, 'WarnInfos', codes);
  warnings(response.AdvancedInfo, 'WarnInfos', codes);
  warnings(response.Warnings, 'WarnInfos', codes);
  if (isObject(response.Card)) warnings(response.Card.WarnCardInfos, 'WarnCardInfos', codes);
  flags(response, 'CardWarn', codes);
  for (const info of [
    response,
    response.IDCardInfo,
    response.TemporaryIDCardInfo,
    response.ResidencePermitInfo,
    response.PermanentResidencePermitInfo,
  ])
    if (isObject(info) && isObject(info.WarnInfos)) flags(info.WarnInfos, 'WarnInfos', codes);
  const requestId = asRequestId(response.RequestId);
  // Nothing of Tencent's in it (no envelope, no request id, no result, no warning): not its answer,
  // even when a vendor hint sent it here.
  if (!codes.length && !success && response === body && !('RequestId' in body)) return undefined;
  return {
    codes,
    success: !issue && (success || codes.length === 0),
    ...(issue ? { issue } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

// Fields only Tencent's API 3.0 responses carry (at the top level of the SDK's result, or inside
// the `Response` envelope of the raw HTTP body).
const TENCENT_FIELDS = [
  'RequestId',
  'Error',
  'Result',
  'ErrorCode',
  'WarnCardInfos',
  'AdvancedInfo',
  'DetectInfo',
  'Text',
];

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  const response = body.Response;
  if (isObject(response)) {
    // The envelope alone is typical; with a Tencent field inside it is unmistakable.
    return TENCENT_FIELDS.some((key) => key in response) ? 3 : 2;
  }
  if (isObject(body.Error) && 'Code' in body.Error) return body.RequestId !== undefined ? 3 : 2;
  if ('WarnCardInfos' in body || 'AdvancedInfo' in body) return 2;
  if ('RequestId' in body) return 2;
  return 0;
}

export const tencent: VendorModule = {
  id: 'tencent',
  recognize,
  extract,
  codes: /* @__PURE__ */ Object.assign({}, named, numbered),
  fallback,
  ownsBareCode: (code) => TENCENT_CODE.test(code) && code.includes('.'),
};
