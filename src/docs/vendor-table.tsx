import { builtInVendors, type IssueCode, type VendorModule } from '../classifier';
import { warningFields } from '../classifier/vendors/tencent';
import { issueKey } from '../core/guidance';
import { createCaptureFeedbackI18nSync, translatorFor } from '../i18n';

const t = translatorFor(createCaptureFeedbackI18nSync(), ['en']);

function CodeTable({
  caption,
  codes,
}: {
  readonly caption: string;
  readonly codes: Readonly<Record<string, IssueCode>>;
}) {
  const rows = Object.entries(codes).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return (
    <table>
      <caption>
        {caption}: {rows.length} codes
      </caption>
      <thead>
        <tr>
          <th scope="col">Vendor code</th>
          <th scope="col">Issue code</th>
          <th scope="col">English title</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([code, issue]) => (
          <tr key={code}>
            <td>
              <code>{code}</code>
            </td>
            <td>
              <code>{issue}</code>
            </td>
            <td>{t(`${issueKey(issue)}.title`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One vendor's table, from the classifier's own data: vendor code → issue code → English title. */
export function VendorTable({ vendor }: { readonly vendor: string }) {
  const module: VendorModule | undefined = builtInVendors.find((v) => v.id === vendor);
  if (!module) return <p>Unknown vendor {vendor}</p>;
  return <CodeTable caption={vendor} codes={module.codes} />;
}

/**
 * Tencent's warnings whose meaning depends on the field they came in, one table per field. They
 * are logged (`vendorCode`) as `Field:code`, e.g. `WarnInfos:-9104` or `CardWarn:Reflection`.
 */
export function TencentFieldTables() {
  return (
    <>
      {Object.entries(warningFields).map(([field, codes]) => (
        <CodeTable key={field} caption={`tencent ${field}`} codes={codes} />
      ))}
    </>
  );
}
