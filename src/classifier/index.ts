/**
 * `capture-feedback/classifier`: any raw vendor error in, normalized capture issues out.
 * No React, no i18next, no DOM needed: runs in a browser, a worker, a server or a CLI.
 */
export {
  type Classifier,
  type ClassifierConfig,
  classify,
  classifyAll,
  createClassifier,
  createVendorClassifier,
  issueFromCode,
  sortIssues,
} from './classify';
export {
  type Action,
  allIssueCodes,
  type Category,
  type IssueCode,
  type IssueMeta,
  isIssueCode,
  issueCodes,
  type Severity,
  type Subject,
} from './codes';
export { parseRetryAfter } from './http';
export { builtInVendors, faceki, fern, idrnd, innov8tif, tencent } from './registry';
export { classifyResponse, classifyResponseAll } from './response';
export type { Plain, PlainArray, PlainObject } from './safe';
export type {
  BuiltInVendorId,
  ClassifyOptions,
  ClassifyResponseOptions,
  Extracted,
  Issue,
  VendorConfidence,
  VendorId,
  VendorModule,
} from './types';
