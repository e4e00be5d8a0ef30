import { beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { ErrorScreen } from '../../../renderer/screens/error-screen';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('error screen', () => {
  const content = contentFor('en');
  // What the content store answers for a copy of content/ with two mistakes and a missing translation.
  const error = inject('brokenContentError');
  const errors = error.problems?.filter((problem) => problem.severity === 'error') ?? [];

  beforeEach(() => showLanguage(content));

  it('tells members calmly what happened and staff where to look', async () => {
    const { screen } = await renderInKiosk(<ErrorScreen error={error} onRetry={() => undefined} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('error');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(uiWord(content, 'error.title'));
    await expect.element(screen.getByText(uiWord(content, 'error.body'))).toBeVisible();
    await expect.element(screen.getByText(uiWord(content, 'error.staffHint'))).toBeVisible();
    await expect.element(screen.getByText(error.message)).toBeVisible();
  });

  it('lists each content error by file, field and reason, and no warnings', async () => {
    const { screen } = await renderInKiosk(<ErrorScreen error={error} onRetry={() => undefined} />);

    const headers = screen.getByRole('columnheader').elements().map((header) => header.textContent);
    expect(headers).toEqual([uiWord(content, 'error.file'), uiWord(content, 'error.field'), uiWord(content, 'error.reason')]);
    const rows = [...screen.container.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual(errors.map((problem) => [problem.file, problem.field, problem.reason]));
    // The two mistakes made in the copy are among them; the missing Dutch file (a warning) is not.
    expect(rows).toContainEqual(['locales/en/muscles.json', 'semimembranosus.origin', 'is required (string)']);
    expect(rows).toContainEqual(['exercises/kickback.json', 'video.file', '"video/kickback-final.webm" is not in the assets folder']);
    expect(error.problems?.some((problem) => problem.severity === 'warning' && problem.file === 'locales/nl/stations.json')).toBe(true);
    expect(rows.some(([file]) => file === 'locales/nl/stations.json')).toBe(false);
  });

  it('has no problem table for an error without problems', async () => {
    const { screen } = await renderInKiosk(<ErrorScreen error={{ code: 'internal', message: 'kiosk:get-settings failed; the kiosk log has the details.' }} onRetry={() => undefined} />);

    await expect.element(screen.getByText('kiosk:get-settings failed; the kiosk log has the details.')).toBeVisible();
    await expect.element(screen.getByRole('table')).not.toBeInTheDocument();
  });

  it('tries again when Retry is tapped', async () => {
    const onRetry = vi.fn();
    const { screen } = await renderInKiosk(<ErrorScreen error={error} onRetry={onRetry} />);

    await screen.getByRole('button', { name: uiWord(content, 'error.retry') }).click();

    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
