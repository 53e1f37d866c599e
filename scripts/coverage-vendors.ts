/**
 * `npm run coverage:vendors`: per vendor, how many known codes (the seed documents' and the
 * classifier's own table) map to a specific issue rather than `unknown`.
 */
import { builtInVendors, classify } from '../src/classifier';
import { warningFields } from '../src/classifier/vendors/tencent';
import { allSeedRows } from '../test/fixtures/seed-codes';

const rows: string[][] = [
  ['vendor', 'seed codes', 'specific', 'table codes', 'specific', 'unknown (by design)'],
];
let failed = false;
for (const vendor of builtInVendors) {
  const seeds = allSeedRows.filter(([v]) => v === vendor.id).map(([, code]) => code);
  const seedSpecific = seeds.filter((code) => classify(code, { vendor: vendor.id })?.code !== 'unknown');
  const table = Object.keys(vendor.codes);
  const unknown = table.filter((code) => classify(code, { vendor: vendor.id })?.code === 'unknown');
  const expectedUnknown = seeds.filter((code) => classify(code, { vendor: vendor.id })?.code === 'unknown');
  if (seeds.length - seedSpecific.length !== expectedUnknown.length) failed = true;
  rows.push([
    vendor.id,
    String(seeds.length),
    `${seedSpecific.length} (${seeds.length ? Math.round((100 * seedSpecific.length) / seeds.length) : 100} %)`,
    String(table.length),
    `${table.length - unknown.length}`,
    unknown.join(', ') || '-',
  ]);
}
// Tencent's warnings whose meaning depends on their field (`WarnInfos:-9104`, `CardWarn:Reflection`).
const byField = Object.entries(warningFields).flatMap(([name, codes]) =>
  Object.keys(codes).map((c) => `${name}:${c}`),
);
const fieldUnknown = byField.filter((code) => classify(code, { vendor: 'tencent' })?.code === 'unknown');
if (fieldUnknown.length) failed = true;
rows.push([
  'tencent (by field)',
  '-',
  '-',
  String(byField.length),
  `${byField.length - fieldUnknown.length}`,
  fieldUnknown.join(', ') || '-',
]);
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
process.exit(failed ? 1 : 0);
