import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { allIssueCodes, issueCodes, issueFromCode } from '../classifier';
import { cameraHelpTarget, cameraHelpTargets } from '../core/camera-help';
import { issueKey } from '../core/guidance';
import { CaptureFeedback } from '../react/capture-feedback';
import { useCaptureFeedbackConfig } from '../react/provider';

/** The key a context-aware string resolved to: the variant when the locale has it, else the base key. */
function resolvedKey(exists: (key: string) => boolean, base: string, subject: string): string {
  return subject !== 'none' && exists(`${base}_${subject}`) ? `${base}_${subject}` : base;
}

/**
 * Every string of the chosen locale, in context: each issue's panel with the key of each text shown
 * on hover (`data-i18n-key`, in Storybook only), then the buttons, chrome and camera help. Pick the
 * locale in the toolbar.
 */
function TranslatorView() {
  const { i18n, locale, t } = useCaptureFeedbackConfig();
  const exists = (key: string) =>
    i18n.exists(key, { ns: 'capture-feedback', lng: locale, fallbackLng: false });
  return (
    <div>
      <h1 className="sb-heading">Every string in {locale}</h1>
      <p>Hover a text to see its key. Keys missing in this locale show the English text.</p>
      <div className="sb-grid">
        {allIssueCodes.map((code) => {
          const issue = issueFromCode(code);
          const base = issueKey(code);
          return (
            <CaptureFeedback.Root key={code} error={issue} onRetry={() => {}} autoFocus={false}>
              <CaptureFeedback.Message>
                <CaptureFeedback.Title
                  data-i18n-key={resolvedKey(exists, `${base}.title`, issue.subject)}
                  title={`${base}.title`}
                />
                <ol className="cf-steps">
                  {[1, 2, 3]
                    .map((n) => resolvedKey(exists, `${base}.step${n}`, issue.subject))
                    .filter((key) => exists(key) || i18n.exists(key, { ns: 'capture-feedback', lng: 'en' }))
                    .map((key) => (
                      <li key={key} data-i18n-key={key} title={key}>
                        {t(key)}
                      </li>
                    ))}
                </ol>
              </CaptureFeedback.Message>
              <p className="cf-attempts" data-i18n-key={`${base}.hint`} title={`${base}.hint`}>
                {issueCodes[code].category}: {t(`${base}.hint`, { defaultValue: '—' })}
              </p>
              <div className="cf-actions">
                <CaptureFeedback.Retry />
              </div>
            </CaptureFeedback.Root>
          );
        })}
      </div>
      <h2 className="sb-heading">Interface</h2>
      <table className="sb-table">
        <tbody>
          {[
            'ui.steps_label',
            'ui.hint_region_label',
            'ui.retrying',
            'ui.copy_reference',
            'ui.copied',
            'ui.fallback_title',
            'ui.fallback_body',
            'ui.fallback_another_document',
            'ui.fallback_manual_review',
            'ui.fallback_support',
            'ui.camera_help_title',
            'actions.dismiss',
            'actions.continue',
          ].map((key) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td data-i18n-key={key} title={key}>
                {t(key)}
              </td>
            </tr>
          ))}
          {[1, 5, 21].map((count) => (
            <tr key={count}>
              <th scope="row">actions.wait, ui.attempts_left, ui.countdown_announce ({count})</th>
              <td data-i18n-key="actions.wait" title="actions.wait">
                {t('actions.wait', { count })} · {t('ui.attempts_left', { count })} ·{' '}
                {t('ui.countdown_announce', { count })}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">ui.reference</th>
            <td data-i18n-key="ui.reference" title="ui.reference">
              {t('ui.reference', { id: 'req_7f3a9c21e8' })}
            </td>
          </tr>
        </tbody>
      </table>
      <h2 className="sb-heading">Camera help ({cameraHelpTarget(undefined)} and all browsers)</h2>
      <table className="sb-table">
        <tbody>
          {cameraHelpTargets.flatMap((target) =>
            [1, 2, 3, 4]
              .map((n) => `camera_help.${target}.step${n}`)
              .filter((key) => i18n.exists(key, { ns: 'capture-feedback', lng: 'en' }))
              .map((key) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td data-i18n-key={key} title={key}>
                    {t(key)}
                  </td>
                </tr>
              )),
          )}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Localization/Translator view',
  component: TranslatorView,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TranslatorView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByText('Your face is too close');
    await expect(title).toHaveAttribute('data-i18n-key', 'issues.face.too_close.title');
    await expect(canvasElement.querySelectorAll('.cf-panel')).toHaveLength(allIssueCodes.length);
  },
};
export const Arabic: Story = { globals: { locale: 'ar' } };
export const PseudoAccented: Story = { globals: { locale: 'en-XA' } };
export const PseudoRightToLeft: Story = { globals: { locale: 'ar-XB' } };
