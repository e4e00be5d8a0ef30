/**
 * Reading aids for members: the "Aa" control on every member screen, larger text (body text ≥ 32 px, touch targets
 * ≥ 88 px), a high-contrast theme that passes WCAG AAA contrast, both together without clipping in every
 * orientation, calmer motion for prefers-reduced-motion, and the idle reset that switches them off.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { expectFrameFillsDisplay, frameScroll, type Rotation } from './support/frame';
import { REPO_ROOT, saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const MEMBER_SCREENS = ['home', 'muscle', 'exercise', 'guide', 'credits'] as const;

type MemberScreen = (typeof MEMBER_SCREENS)[number];

/** From the attract loop through every member screen, calling `visit` on each. */
async function walkMemberScreens(page: Page, visit: (screen: MemberScreen) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await walkFromHome(page, visit);
}

/** From the home screen through every member screen, calling `visit` on each (home first). */
async function walkFromHome(page: Page, visit: (screen: MemberScreen) => Promise<void>): Promise<void> {
  await visit('home');
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true }).tap();
  await visit('muscle');
  await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).first().tap();
  await visit('exercise');
  await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
  await visit('guide');
  await page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap();
  await visit('credits');
}

/** Opens the "Aa" control and switches the named aids on. */
async function switchOn(page: Page, ...aids: Array<'largeText' | 'highContrast'>): Promise<void> {
  const open = page.getByRole('button', { name: uiText('en', 'readingAids.open') });
  await open.tap();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  for (const aid of aids) {
    const toggle = page.getByRole('button', { name: uiText('en', `readingAids.${aid}`) });
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
}

/** The smallest font size of any visible text and the smallest visible button, in CSS px. */
async function smallestTextAndTarget(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    let text = { size: Infinity, sample: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // SVG markers are drawn at the map's scale; the legend beside the map carries the same numbers as text.
      if (!parent || !node.textContent?.trim() || parent.closest('svg') || !visible(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < text.size) text = { size, sample: node.textContent.trim().slice(0, 40) };
    }
    let target = { size: Infinity, sample: '' };
    for (const button of document.querySelectorAll('button')) {
      if (!visible(button)) continue;
      // Layout size, not the drawn box: a button just tapped is drawn 2 % smaller while it is pressed.
      const size = Math.min(button.offsetWidth, button.offsetHeight);
      if (size < target.size) target = { size, sample: button.getAttribute('aria-label') ?? button.textContent?.trim().slice(0, 40) ?? '' };
    }
    return { text, target };
  });
}

/** Elements whose text runs out of their own box (cut off or spilling over a neighbour), by their text. */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, h1, h2, p, li, dt, dd, th, td, figcaption, span')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // Text hidden for screen readers only (1 px, clipped) is meant to be out of sight.
        if (box.width <= 1 || box.height <= 1 || element.closest('svg')) return false;
        return element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline';
      })
      .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 40)}`),
  );
}

test('the "Aa" control is on every member screen and switches larger text on at once: text 32 px and up, targets 88 px and up', async ({ page }) => {
  await page.goto('/');
  const before: Record<string, number> = {};
  await walkMemberScreens(page, async (screen) => {
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: uiText('en', 'readingAids.open') })).toBeVisible();
    before[screen] = (await smallestTextAndTarget(page)).text.size;
  });
  // Without the aid, some text is smaller than 32 px (else the test below would prove nothing).
  expect(Math.min(...Object.values(before))).toBeLessThan(32);

  await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
  await switchOn(page, 'largeText');
  await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
  // Measured on each screen once it shows, the last one (credits) too.
  const measured: string[] = [];
  await walkFromHome(page, async (screen) => {
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    const smallest = await smallestTextAndTarget(page);
    expect(smallest.text.size, `smallest text on ${screen}: "${smallest.text.sample}"`).toBeGreaterThanOrEqual(32);
    expect(smallest.target.size, `smallest button on ${screen}: "${smallest.target.sample}"`).toBeGreaterThanOrEqual(88);
    measured.push(screen);
  });
  expect(measured).toEqual([...MEMBER_SCREENS]);
});

test('high contrast passes axe\'s enhanced (AAA) contrast rule on every member screen; the normal theme passes AA', async ({ page }) => {
  await page.goto('/');
  await walkMemberScreens(page, async (screen) => {
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    const normal = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(normal.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' '))), `AA on ${screen}`).toEqual([]);
  });
  await switchOn(page, 'highContrast');
  await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
  const visited: string[] = [];
  for (const [screen, next] of [
    ['home', () => page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true }).tap()],
    ['muscle', () => page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).first().tap()],
    ['exercise', () => page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap()],
    ['guide', () => page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap()],
    ['credits', async () => undefined],
  ] as const) {
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', '');
    const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(enhanced.violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`)), `AAA on ${screen}`).toEqual([]);
    // The rule looked at the screen's text (a rule that checks nothing passes too).
    expect(enhanced.passes.flatMap((pass) => pass.nodes).length, `AAA checks on ${screen}`).toBeGreaterThan(5);
    visited.push(screen);
    await next();
  }
  expect(visited).toEqual([...MEMBER_SCREENS]);
});

const LAYOUTS: Array<{ name: string; viewport: { width: number; height: number }; rotation: Rotation }> = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, rotation: 0 },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, rotation: 0 },
  { name: 'rotated90', viewport: { width: 1920, height: 1080 }, rotation: 90 },
];

for (const { name, viewport, rotation } of LAYOUTS) {
  test(`larger text and high contrast together reflow without clipping, ${name}`, async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    if (rotation) await saveSettingsAsStaff(kiosk.url, { rotation });
    await page.setViewportSize(viewport);
    await page.goto(kiosk.url);
    await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
    await switchOn(page, 'largeText', 'highContrast');
    const check = async (screen: string) => {
      await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await expectFrameFillsDisplay(page, rotation);
      expect((await frameScroll(page)).overflowSideways, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await clippedText(page), `clipped text on ${screen}`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `reading-aids-${screen}-${name}.png`) });
    };
    await check('home');
    await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true }).tap();
    await check('muscle');
    await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).first().tap();
    await check('exercise');
    await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
    await check('guide');
    await page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap();
    await check('credits');
  });
}

test('switches left open close as the member opens another screen or goes back; the top bar stays, built once', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  const open = page.getByRole('button', { name: uiText('en', 'readingAids.open') });
  const largeText = page.getByRole('button', { name: uiText('en', 'readingAids.largeText') });
  // Marks the top bar's element: a bar built again for the next screen would not carry the mark.
  await page.locator('.top-bar').evaluate((bar) => bar.setAttribute('data-probe', 'first'));

  await switchOn(page, 'largeText');
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true }).tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(largeText).toHaveCount(0);
  // What was switched on stays on.
  await expect(page.locator('html')).toHaveAttribute('data-large-text', '');

  await open.tap();
  await expect(largeText).toBeVisible();
  await page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(largeText).toHaveCount(0);
  await expect(page.locator('.top-bar[data-probe="first"]')).toHaveCount(1);
});

test('the idle reset switches the reading aids off for the next member', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await switchOn(page, 'largeText', 'highContrast');
  await expect(page.locator('html')).toHaveAttribute('data-large-text', '');
  const large = await page.evaluate(() => getComputedStyle(document.querySelector('.screen__title') as Element).fontSize);

  // Defaults: 60 s idle, then a 10 s countdown.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-large-text');
  await expect(page.locator('html')).not.toHaveAttribute('data-high-contrast');

  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  const normal = await page.evaluate(() => getComputedStyle(document.querySelector('.screen__title') as Element).fontSize);
  expect(parseFloat(normal)).toBeLessThan(parseFloat(large));
  await expect(page.getByRole('button', { name: uiText('en', 'readingAids.open') })).toHaveAttribute('aria-expanded', 'false');
});

test('with prefers-reduced-motion the breathing light and the attract call stay still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const call = page.locator('.attract__call');
  await expect(call).toBeVisible();
  expect(await call.evaluate((element) => getComputedStyle(element, '::after').animationName)).toBe('none');
  await call.tap();
  const light = page.locator('.breathing-indicator *').first();
  await expect(light).toBeAttached();
  const moving = await page.evaluate(() => [...document.querySelectorAll('.breathing-indicator, .breathing-indicator *')].filter((element) => getComputedStyle(element).animationName !== 'none').length);
  expect(moving).toBe(0);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
  await page.goto('/');
  expect(await page.locator('.attract__call').evaluate((element) => getComputedStyle(element, '::after').animationName)).not.toBe('none');
});
