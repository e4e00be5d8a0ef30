/**
 * Pushed changes: main tells the open page what changed (settings, content) over its event stream, so a save
 * costs one message, content is fetched again only when it really changed, and nothing needs a reload.
 */
import { channelOf, recordChannelTraffic } from './support/channel-traffic';
import { editContentJson } from './support/content-files';
import { expect, test, type Page } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { callChannel, saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { openStaffPanel } from './support/staff';

const SAVE = 'kiosk:save-settings';
const GET_CONTENT = 'kiosk:get-content';
const EVENTS_PATH = '/api/events';
/** The content watcher waits ~750 ms for a folder to settle; the rest is slack for a busy machine. */
const CONTENT_CHANGE_MS = 15_000;

/** Time for anything a step set off to be sent: a second of real time (network, pushes) and a second of the page's timers. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1_000);
  await page.clock.runFor(1_000);
}

/** Marks the page's window; a reload or navigation would lose the mark. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __pushTestMark?: string }).__pushTestMark = 'still the same page';
  });
}

async function expectSameWindow(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pushTestMark?: string }).__pushTestMark), 'the page was reloaded').toBe('still the same page');
}

async function savedSettings(url: string) {
  const settings = await callChannel(url, 'getSettings');
  if (!settings.ok) throw new Error(`get-settings failed: ${settings.error.message}`);
  return settings.value;
}

test.describe('in the staff panel', () => {
  test.beforeEach(async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
    await openStaffPanel(page);
  });

  test('toggling mute sends exactly one save and fetches no content', async ({ page, kiosk }) => {
    const traffic = recordChannelTraffic(page);
    const mute = page.getByRole('checkbox', { name: uiText('en', 'staff.sound.mute') });
    await expect(mute).not.toBeChecked();
    // Whatever opening the panel set off has been sent before counting starts.
    await settle(page);
    const from = traffic.mark();

    const saved = page.waitForResponse((response) => channelOf(response.url(), response.request().method()) === SAVE);
    await mute.tap();
    expect(await (await saved).json()).toMatchObject({ ok: true, value: { muted: true } });
    await expect(mute).toBeChecked();
    await settle(page);

    expect(traffic.count(SAVE, from), `sent: ${traffic.sent(from).join(', ')}`).toBe(1);
    expect(traffic.count(GET_CONTENT, from), `sent: ${traffic.sent(from).join(', ')}`).toBe(0);
    expect(await savedSettings(kiosk.url)).toMatchObject({ muted: true });
  });

  test('dragging the volume slider across several steps sends one save, of the volume where the drag ended', async ({ page, kiosk }) => {
    const traffic = recordChannelTraffic(page);
    const slider = page.getByRole('slider');
    const before = (await savedSettings(kiosk.url)).volume;
    await expect(slider).toHaveValue(String(Math.round(before * 100)));
    await slider.scrollIntoViewIfNeeded();
    await settle(page);
    const box = await slider.boundingBox();
    if (!box) throw new Error('the volume slider has no box');
    // A point on the track for a volume in percent; the thumb's few pixels are far less than a 10 % step.
    const at = (percent: number) => ({ x: box.x + (box.width * percent) / 100, y: box.y + box.height / 2 });
    const from = traffic.mark();

    const start = at(Math.round(before * 100));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // Down to 30 % in several steps, each move in small increments as a finger would.
    const passed: string[] = [];
    for (const percent of [70, 60, 50, 40, 30]) {
      const point = at(percent);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      passed.push(await slider.inputValue());
    }
    // Still pressed: the slider follows the finger but nothing is saved yet.
    expect(passed).toEqual(['70', '60', '50', '40', '30']);
    expect(traffic.count(SAVE, from)).toBe(0);

    const saved = page.waitForResponse((response) => channelOf(response.url(), response.request().method()) === SAVE);
    await page.mouse.up();
    expect(await (await saved).json()).toMatchObject({ ok: true, value: { volume: 0.3 } });
    await settle(page);

    expect(traffic.count(SAVE, from), `sent: ${traffic.sent(from).join(', ')}`).toBe(1);
    expect(traffic.count(GET_CONTENT, from), `sent: ${traffic.sent(from).join(', ')}`).toBe(0);
    expect((await savedSettings(kiosk.url)).volume).toBe(0.3);
    await expect(slider).toHaveValue('30');
  });
});

test('a setting saved from outside the page reaches the open page without a reload', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  const attract = page.locator('[data-screen="attract"]');
  await expect(attract).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: uiText('en', 'attract.touchToStart') })).toBeVisible();
  await markWindow(page);

  expect(await saveSettingsAsStaff(kiosk.url, { defaultLanguage: 'de' })).toMatchObject({ defaultLanguage: 'de' });

  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: uiText('de', 'attract.touchToStart') })).toBeVisible();
  await expect(attract.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'stations', 'seated-leg-curl'));
  await expectSameWindow(page);
});

test('interface words are content: an edited ui.json shows on the open page without a reload', async ({ page, kiosk }) => {
  await openAtHome(page, kiosk.url);
  const word = uiText('en', 'nav.home');
  await expect(page.getByRole('button', { name: word, exact: true })).toBeVisible();
  await markWindow(page);

  const edited = `${word} (edited on the gym floor)`;
  await editContentJson<{ nav: Record<string, string> }>(kiosk.contentDir, 'locales/en/ui.json', (ui) => {
    ui.nav.home = edited;
  });

  await expect(page.getByRole('button', { name: edited, exact: true })).toBeVisible({ timeout: CONTENT_CHANGE_MS });
  await expect(page.getByRole('button', { name: word, exact: true })).toHaveCount(0);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expectSameWindow(page);
});

test('after the event stream is cut, the page reconnects by itself and a later content change still arrives', async ({ page, kiosk }) => {
  await openAtHome(page, kiosk.url);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(contentName('en', 'stations', 'seated-leg-curl'));
  await markWindow(page);

  // The stream is answered again (and subscribed on the server) only after the cut.
  const reconnected = page.waitForResponse((response) => new URL(response.url()).pathname === EVENTS_PATH && response.status() === 200, { timeout: CONTENT_CHANGE_MS });
  kiosk.dropConnections();
  await reconnected;

  await editContentJson<Record<string, { name: string }>>(kiosk.contentDir, 'locales/en/stations.json', (stations) => {
    stations['seated-leg-curl'] = { name: 'Leg curl, after the cut' };
  });
  await expect(heading).toHaveText('Leg curl, after the cut', { timeout: CONTENT_CHANGE_MS });
  await expectSameWindow(page);
});

test('the page starts from the start handed in with it: no request for settings or content; a language picked later fetches its own', async ({ page, kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { defaultLanguage: 'de', station: 'cable-station' });
  const traffic = recordChannelTraffic(page);
  await page.goto(kiosk.url);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'stations', 'cable-station'));
  await page.waitForTimeout(1_000);
  for (const channel of ['kiosk:get-start', 'kiosk:get-settings', GET_CONTENT]) expect(traffic.count(channel), `sent: ${traffic.sent().join(', ')}`).toBe(0);

  // A language picked afterwards still fetches its content.
  await page.getByRole('button', { name: uiText('de', 'attract.touchToStart') }).tap();
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'stations', 'cable-station'));
  expect(traffic.count(GET_CONTENT)).toBe(1);
});

test('a page served without its start (as the Vite dev server serves it) asks once for settings and content together', async ({ page, kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { defaultLanguage: 'de', station: 'cable-station' });
  // index.html as built: the start state and the drawing taken out again.
  await page.route(kiosk.url, async (route) => {
    const response = await route.fetch();
    const built = (await response.text()).replace(/<script type="application\/json" id="kiosk-start">.*<\/body>/s, '<div id="root"></div></body>');
    expect(built).not.toContain('kiosk-start');
    expect(built).not.toContain('<template');
    await route.fulfill({ response, body: built });
  });
  const traffic = recordChannelTraffic(page);
  await page.goto(kiosk.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'stations', 'cable-station'));
  await page.waitForTimeout(1_000);
  expect(traffic.count('kiosk:get-start'), `sent: ${traffic.sent().join(', ')}`).toBe(1);
  expect(traffic.count('kiosk:get-settings'), `sent: ${traffic.sent().join(', ')}`).toBe(0);
  expect(traffic.count(GET_CONTENT), `sent: ${traffic.sent().join(', ')}`).toBe(0);
});
