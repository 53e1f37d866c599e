import type { VendorModule } from './types';
import { faceki } from './vendors/faceki';
import { fern } from './vendors/fern';
import { idrnd } from './vendors/idrnd';
import { innov8tif } from './vendors/innov8tif';
import { tencent } from './vendors/tencent';

/**
 * The built-in vendors. Order matters only for bare codes several vendors share and no hint names:
 * the first vendor that knows the code wins, and the issue says `vendorConfidence: 'ambiguous'`.
 */
export const builtInVendors: readonly VendorModule[] = /* @__PURE__ */ Object.freeze([
  tencent,
  faceki,
  innov8tif,
  idrnd,
  fern,
]);

export { faceki, fern, idrnd, innov8tif, tencent };
