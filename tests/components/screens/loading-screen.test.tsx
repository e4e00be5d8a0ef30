import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { FALLBACK_LANGUAGE, setupI18n } from '../../../renderer/i18n/i18n';
import { LoadingScreen } from '../../../renderer/screens/loading-screen';
import { contentFor, showLanguage, uiWord } from '../support/kiosk';

describe('loading screen', () => {
  it('says it is loading with the built-in English words, before any content has arrived', async () => {
    // As at start-up: i18next set up, no content (and so none of its words) yet.
    await setupI18n(FALLBACK_LANGUAGE);
    expect(i18next.hasResourceBundle('de', 'ui')).toBe(false);
    const screen = await render(<LoadingScreen />);

    const root = screen.container.querySelector('[data-screen]');
    expect(root?.getAttribute('data-screen')).toBe('loading');
    expect(root?.getAttribute('aria-busy')).toBe('true');
    await expect.element(screen.getByRole('status')).toHaveTextContent(uiWord(contentFor('en'), 'app.loading'));
  });

  it('says it in the content\'s language once its words are there', async () => {
    const german = contentFor('de');
    await showLanguage(german);
    const screen = await render(<LoadingScreen />);

    await expect.element(screen.getByRole('status')).toHaveTextContent(uiWord(german, 'app.loading'));
  });
});
