import { readContentJson, type LanguagesFile } from './support/content-files';
import { expect, test } from './support/fixtures';
import { callChannel, postChannel, staffToken } from './support/kiosk-server';
import { uiText } from './support/locale-text';
import { holdStaffCorner, openStaffPanel, typePin } from './support/staff';

test.beforeEach(async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
});

test('a 3-second hold on the corner and the PIN open the staff panel; a short press does not', async ({ page }) => {
  await holdStaffCorner(page, 2_000);
  await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toBeHidden();
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();

  await openStaffPanel(page);
  await expect(page.getByRole('heading', { level: 1, name: uiText('en', 'staff.title') })).toBeVisible();
});

test('five wrong PINs lock staff entry for five minutes, also across a reload', async ({ page, kiosk }) => {
  await holdStaffCorner(page);
  const pad = page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') });
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await typePin(page, '0000');
    await expect(pad.getByRole('alert')).toHaveText(`Wrong PIN. ${5 - attempt} ${5 - attempt === 1 ? 'try' : 'tries'} left.`);
  }
  const lockedAt = Date.now();
  await typePin(page, '0000');
  await expect(pad.getByRole('alert')).toContainText('locked');
  // Five minutes from the fifth wrong PIN, as the kiosk itself says when asked.
  const status = await callChannel(kiosk.url, 'staffStatus');
  if (!status.ok || status.value.lockedUntil === null) throw new Error(`the kiosk reports no lock: ${JSON.stringify(status)}`);
  expect(status.value.lockedUntil - lockedAt).toBeGreaterThanOrEqual(5 * 60_000);
  expect(status.value.lockedUntil - lockedAt).toBeLessThan(5 * 60_000 + 10_000);
  // Even the right PIN is refused while locked.
  await typePin(page, '2468');
  await expect(pad.getByRole('alert')).toContainText('locked');
  await expect(page.locator('[data-screen="staff"]')).toHaveCount(0);

  await page.reload();
  await holdStaffCorner(page);
  await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') }).getByRole('alert')).toContainText('locked');
});

test('"Close and lock" ends the staff session: the token the panel had opens nothing afterwards', async ({ page, kiosk }) => {
  const unlocked = page.waitForResponse((response) => decodeURIComponent(response.url()).endsWith('/api/kiosk:staff-unlock'));
  await openStaffPanel(page);
  const { value } = (await (await unlocked).json()) as { value: { token: string } };
  expect(await callChannel(kiosk.url, 'getDiagnostics', { token: value.token })).toMatchObject({ ok: true });

  const locked = page.waitForResponse((response) => decodeURIComponent(response.url()).endsWith('/api/kiosk:staff-lock'));
  await page.getByRole('button', { name: uiText('en', 'staff.close') }).tap();
  expect(await (await locked).json()).toMatchObject({ ok: true });
  await expect(page.locator('[data-screen="staff"]')).toHaveCount(0);
  expect(await callChannel(kiosk.url, 'getDiagnostics', { token: value.token })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('the default language applies at once, is what the reset returns to, and survives a reload', async ({ page }) => {
  await openStaffPanel(page);
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(page.getByRole('status').filter({ hasText: uiText('de', 'staff.saved') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: uiText('de', 'staff.close') }).tap();

  await expect(page.getByRole('button', { name: uiText('de', 'attract.touchToStart') })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: uiText('de', 'attract.touchToStart') }).tap();
  await expect(page.getByRole('button', { name: uiText('de', 'nav.home'), exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
});

test('members see only the languages staff enabled', async ({ page }) => {
  const { languages } = await readContentJson<LanguagesFile>('languages.json');
  await openStaffPanel(page);
  for (const { name } of languages.slice(2)) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: uiText('en', 'staff.close') }).tap();
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  const switcher = page.getByRole('group', { name: uiText('en', 'nav.languages') });
  await expect(switcher.getByRole('button')).toHaveCount(2);
});

test('the panel closes by itself after two minutes without a touch', async ({ page }) => {
  await openStaffPanel(page);
  await page.clock.runFor(110_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect(page.locator('[data-screen="staff"]')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.locator('[data-screen="staff"]')).toHaveCount(0);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
});

test('diagnostics show the content version and reload keeps working content', async ({ page, kiosk }) => {
  await openStaffPanel(page);
  const diagnostics = await callChannel(kiosk.url, 'getDiagnostics', { token: await staffToken(kiosk.url) });
  if (!diagnostics.ok) throw new Error(`diagnostics failed: ${diagnostics.error.message}`);
  const version = diagnostics.value.contentVersion;
  if (!version) throw new Error('the kiosk reports no live content version');
  await expect(page.locator('[data-screen="staff"]').getByText(version, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: uiText('en', 'staff.content.reload') }).tap();
  await expect(page.getByRole('status').filter({ hasText: version })).toBeVisible();
});

test('settings cannot be saved without a staff session', async ({ kiosk }) => {
  // A well-formed save (JSON, the right shape) whose only fault is the made-up session token.
  const refused = await postChannel(kiosk.url, 'kiosk:save-settings', { token: 'guess', patch: { muted: true } });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await callChannel(kiosk.url, 'getSettings')).toMatchObject({ ok: true, value: { muted: false } });
});

test('quiet hours are chosen by touch from half-hour lists and survive a reload', async ({ page }) => {
  await openStaffPanel(page);
  await page.getByRole('checkbox', { name: uiText('en', 'staff.sound.quietHours') }).check();
  const from = page.getByRole('combobox', { name: uiText('en', 'staff.sound.from') });
  const to = page.getByRole('combobox', { name: uiText('en', 'staff.sound.to') });
  await expect(from).toHaveValue('22:00');
  await expect(from.locator('option')).toHaveCount(48);
  // Each choice is saved at once; wait for each save to be answered before the reload.
  const saved = () => page.waitForResponse((response) => decodeURIComponent(response.url()).endsWith('/api/kiosk:save-settings') && response.ok());
  await Promise.all([saved(), from.selectOption('21:30')]);
  await Promise.all([saved(), to.selectOption('05:00')]);

  await page.reload();
  await openStaffPanel(page);
  await expect(page.getByRole('combobox', { name: uiText('en', 'staff.sound.from') })).toHaveValue('21:30');
  await expect(page.getByRole('combobox', { name: uiText('en', 'staff.sound.to') })).toHaveValue('05:00');
});
