import { frameScroll, scrollFrameTo } from './support/frame';
import { openAtHome } from './support/kiosk-page';
import { expect, test } from './support/fixtures';
import { contentName, uiText } from './support/locale-text';

const STATION = 'seated-leg-curl';
const MUSCLE = 'semimembranosus';
const EXERCISE = 'seated-leg-curl';

test('a member goes home → muscle card → exercise → home by touch', async ({ page }) => {
  await openAtHome(page);
  const home = page.locator('[data-screen="home"]');
  await expect(home).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: contentName('en', 'stations', STATION) })).toBeVisible();
  await expect(home.locator('video')).toHaveAttribute('src', /media\/video\/seated-leg-curl\.webm$/);

  await page.getByRole('button', { name: contentName('en', 'muscles', MUSCLE) }).tap();
  const card = page.locator('[data-screen="muscle"]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'muscles', MUSCLE));
  for (const label of ['muscle.group', 'muscle.origin', 'muscle.insertion', 'muscle.innervation', 'muscle.functions', 'muscle.notes']) {
    await expect(card.getByText(uiText('en', label), { exact: true })).toBeVisible();
  }
  await expect(card.getByText('Musculus semimembranosus')).toBeVisible();

  await card.getByRole('button', { name: contentName('en', 'exercises', EXERCISE) }).tap();
  const exercise = page.locator('[data-screen="exercise"]');
  await expect(exercise).toBeVisible();
  for (const label of ['exercise.courseOfMotion', 'exercise.breathing', 'exercise.tips', 'exercise.variations']) {
    await expect(exercise.getByRole('heading', { name: uiText('en', label) })).toBeVisible();
  }

  await page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true }).tap();
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
  await expect(home).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true })).toBeDisabled();
});

test('every screen starts at its top: one opened from a scrolled screen, one gone back to, and home', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: contentName('en', 'muscles', MUSCLE) }).tap();
  const card = page.locator('[data-screen="muscle"]');
  const exercise = page.locator('[data-screen="exercise"]');
  // Each step scrolls the screen down first, then taps by a click that does not scroll (a tap would bring its target into view).
  const scrolledThenClicked = async (button: ReturnType<typeof page.getByRole>) => {
    await scrollFrameTo(page, 100_000);
    expect((await frameScroll(page)).top, 'the screen scrolled before the tap').toBeGreaterThan(0);
    await button.dispatchEvent('click');
  };

  await scrolledThenClicked(card.getByRole('button', { name: contentName('en', 'exercises', EXERCISE) }));
  await expect(exercise).toBeVisible();
  expect((await frameScroll(page)).top).toBe(0);

  await scrolledThenClicked(page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true }));
  await expect(card).toBeVisible();
  expect((await frameScroll(page)).top).toBe(0);

  await page.getByRole('button', { name: contentName('en', 'exercises', EXERCISE) }).tap();
  await scrolledThenClicked(page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }));
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  expect((await frameScroll(page)).top).toBe(0);
});

test('the exercise button on home opens the exercise', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: new RegExp(uiText('en', 'home.howTo')) }).tap();
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
});

test('touch targets are at least 64 px and body text at least 24 px', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: contentName('en', 'muscles', MUSCLE) }).tap();
  await page.getByRole('button', { name: contentName('en', 'exercises', EXERCISE) }).tap();
  for (const screen of ['exercise', 'home']) {
    if (screen === 'home') await page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true }).tap();
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    // Measured on the screen's own buttons and text, named when too small (an empty screen would pass vacuously, so count them too).
    const buttons = page.locator(`[data-screen="${screen}"] button`);
    expect(await buttons.count(), `buttons on ${screen}`).toBeGreaterThan(3);
    const small = await buttons.evaluateAll((all) =>
      all.map((button) => ({ name: button.textContent?.trim(), box: button.getBoundingClientRect() })).filter(({ box }) => box.width < 64 || box.height < 64).map(({ name, box }) => `${name}: ${box.width}×${box.height}`),
    );
    expect(small, screen).toEqual([]);
    const body = page.locator(`[data-screen="${screen}"]`).locator('li, p, dd');
    expect(await body.count(), `body text on ${screen}`).toBeGreaterThan(0);
    const tinyText = await body.evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent?.trim().slice(0, 40), size: parseFloat(getComputedStyle(node).fontSize) })).filter(({ size }) => size < 24));
    expect(tinyText, screen).toEqual([]);
  }
});

test('a long press selects no text and opens no context menu', async ({ page }) => {
  await openAtHome(page);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none');
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.querySelector('h1')?.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(true);
});
