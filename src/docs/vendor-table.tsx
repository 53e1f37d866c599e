import { builtInVendors, type VendorModule } from '../classifier';
import { issueKey } from '../core/guidance';
import { createCaptureFeedbackI18nSync, translatorFor } from '../i18n';

const t = translatorFor(createCaptureFeedbackI18nSync(), ['en']);

/** One vendor's table, from the classifier's own data: vendor code → issue code → English title. */
export function VendorTable({ vendor }: { readonly vendor: string }) {
  const module: VendorModule | undefined = builtInVendors.find((v) => v.id === vendor);
  if (!module) return <p>Unknown vendor {vendor}</p>;
  const rows = Object.entries(module.codes).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return (
    <table>
      <caption>
        {vendor}: {rows.length} codes
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
