/** Makes t('missing.key') a compile error: keys are checked against the English ui.json. */
import 'i18next';
import type en from '../../content/locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof en };
  }
}
