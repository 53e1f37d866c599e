import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import manifest from '../locales/manifest.json';
import { localeDirection } from '../src/i18n/locale';
import { createCaptureFeedbackI18nSync } from '../src/i18n/setup';
import { CaptureFeedbackProvider } from '../src/react/provider';
import '../src/styles.css';
import './preview.css';

// One private instance for the whole Storybook: switching locale loads only that locale's file.
const i18n = createCaptureFeedbackI18nSync();

const localeItems = [
  ...manifest.locales.map((l) => ({ value: l.code, title: `${l.nativeName} (${l.code})`, right: l.status })),
  ...manifest.pseudo.map((l) => ({ value: l.code, title: l.name, right: 'pseudo' })),
];

const withKit: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = ['dark', 'system'].includes(String(context.globals.theme))
    ? String(context.globals.theme)
    : 'light';
  const dir = localeDirection(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.documentElement.dataset.theme = theme;
  }, [locale, dir, theme]);
  return (
    <CaptureFeedbackProvider i18n={i18n} locale={locale} {...(context.parameters.kit ?? {})}>
      <main className="sb-kit" data-theme={theme} dir={dir} lang={locale}>
        <Story />
      </main>
    </CaptureFeedbackProvider>
  );
};

const preview: Preview = {
  decorators: [withKit],
  globalTypes: {
    locale: {
      description: 'Locale of the guidance (direction follows it)',
      toolbar: { title: 'Locale', icon: 'globe', items: localeItems, dynamicTitle: true },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (follows the device)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails `npm test`.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
