import { beforeEach, describe, expect, it } from 'vitest';
import { CreditsScreen } from '../../../renderer/screens/credits-screen';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('credits screen', () => {
  const content = contentFor('en');

  beforeEach(() => showLanguage(content));

  it('lists licence, author and source of every media file the content names', async () => {
    const { screen } = await renderInKiosk(<CreditsScreen credits={content.credits} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('credits');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(uiWord(content, 'credits.title'));
    await expect.element(screen.getByText(uiWord(content, 'credits.intro'))).toBeVisible();
    const headers = screen.getByRole('columnheader').elements().map((header) => header.textContent);
    expect(headers).toEqual(['credits.file', 'credits.license', 'credits.author', 'credits.source'].map((key) => uiWord(content, key)));

    const rows = [...screen.container.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual(content.credits.map((credit) => [credit.file, credit.license, credit.author, credit.source]));
    // Videos, their posters, the body maps and the breathing prompts are all there.
    const files = content.credits.map((credit) => credit.file);
    for (const exercise of Object.values(content.exercises)) expect(files).toEqual(expect.arrayContaining([exercise.video!.file, exercise.video!.poster]));
    for (const map of content.bodyMaps) expect(files).toContain(map.file);
    expect(files.some((file) => file.startsWith('audio/'))).toBe(true);
  });
});
