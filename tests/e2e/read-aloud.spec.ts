/**
 * Read aloud in real Chromium against the real preview: the audio really plays (its clock moves on), the mark follows
 * it from sentence to sentence, and it stops when the member leaves the screen, switches language or walks away;
 * the breathing cues sound lowered while it speaks and at full volume after.
 */
import { join } from 'node:path';
import { readContentJson } from './support/content-files';
import { expect, test, type Page } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { REPO_ROOT } from './support/kiosk-server';
import { contentName, localeJson, uiText } from './support/locale-text';

const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

interface Sounding {
  src: string;
  time: number;
}

/** Keeps every read-aloud <audio> the page starts, from its first script on, so none can play on unseen. */
async function watchReadAloud(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const started: HTMLMediaElement[] = [];
    (window as unknown as { __readAloud: HTMLMediaElement[] }).__readAloud = started;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (this instanceof HTMLAudioElement) started.push(this);
      return play.call(this);
    };
  });
}

/** The read-aloud audio sounding now: playing, not at its end, from a read-aloud file. */
async function sounding(page: Page): Promise<Sounding[]> {
  return page.evaluate(() =>
    [...new Set((window as unknown as { __readAloud: HTMLMediaElement[] }).__readAloud)]
      .filter((audio) => !audio.paused && !audio.ended && audio.currentSrc.includes('/read-aloud/'))
      .map((audio) => ({ src: audio.currentSrc, time: audio.currentTime })),
  );
}

/** Waits until read-aloud audio really plays: one file, its clock past `seconds`. */
async function expectSpeaking(page: Page, file: RegExp, seconds = 0.3): Promise<void> {
  await expect.poll(async () => (await sounding(page)).map((audio) => file.test(audio.src) && audio.time > seconds), { timeout: 15_000 }).toEqual([true]);
}

async function expectSilent(page: Page): Promise<void> {
  await expect.poll(() => sounding(page), { timeout: 5_000 }).toEqual([]);
  // And it stays so: nothing starts again by itself.
  await page.waitForTimeout(1_000);
  expect(await sounding(page)).toEqual([]);
}

async function openExercise(page: Page, url = '/'): Promise<void> {
  await openAtHome(page, url);
  await page.getByRole('button', { name: new RegExp(uiText('en', 'home.howTo')) }).first().tap();
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
}

const exerciseText = (language: string, id: string) => localeJson(language, 'exercises')[id] as { name: string; courseOfMotion: string[] };

test('read aloud starts, marks a sentence, moves on with the voice, and stops when the member leaves the screen', async ({ page }) => {
  await watchReadAloud(page);
  await openExercise(page);
  const text = exerciseText('en', 'seated-leg-curl');
  await page.getByRole('button', { name: uiText('en', 'readAloud.start') }).tap();
  await expect(page.getByRole('button', { name: uiText('en', 'readAloud.stop') })).toBeVisible();
  await expectSpeaking(page, /\/media\/audio\/en\/read-aloud\/exercise-seated-leg-curl\.webm$/);

  const current = page.locator('[data-screen="exercise"] [aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(text.name);
  // The voice reads on to the first step, and the mark goes with it.
  await expect(current).toHaveText(text.courseOfMotion[0] ?? '', { timeout: 10_000 });
  await expect(page.locator('[data-screen="exercise"] .text-section__steps li').first()).toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveText(text.courseOfMotion[1] ?? '', { timeout: 15_000 });
  await page.screenshot({ path: join(SHOTS, 'exercise-read-aloud-en-portrait.png') });

  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  await expectSilent(page);
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
});

test('switching language stops the reading, and the next one is in the new language', async ({ page }) => {
  await watchReadAloud(page);
  await openExercise(page);
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  await page.getByRole('button', { name: uiText('en', 'readAloud.start') }).tap();
  await expectSpeaking(page, /\/audio\/en\/read-aloud\/muscle-semimembranosus\.webm$/);

  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'muscles', 'semimembranosus'));
  await expectSilent(page);
  await page.getByRole('button', { name: uiText('de', 'readAloud.start') }).tap();
  await expect(page.getByRole('button', { name: uiText('de', 'readAloud.stop') })).toBeVisible();
  await expectSpeaking(page, /\/audio\/de\/read-aloud\/muscle-semimembranosus\.webm$/);
  const muscle = localeJson('de', 'muscles').semimembranosus as { name: string };
  await expect(page.locator('[aria-current="true"]')).toHaveText(muscle.name);
  await expect(page.locator('[aria-current="true"]')).toHaveText(`${uiText('de', 'muscle.group')}${(localeJson('de', 'muscles').semimembranosus as { group: string }).group}`, { timeout: 10_000 });
  await page.screenshot({ path: join(SHOTS, 'muscle-read-aloud-de-portrait.png') });
});

test('the idle reset stops the reading with everything else', async ({ page }) => {
  await page.clock.install();
  await watchReadAloud(page);
  await openExercise(page);
  await page.getByRole('button', { name: uiText('en', 'readAloud.start') }).tap();
  await expectSpeaking(page, /exercise-seated-leg-curl\.webm$/);
  // Reading is not a touch: the idle time (60 s) and the countdown (10 s) run on as for a video.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('alertdialog', { name: uiText('en', 'idle.title') })).toBeVisible();
  expect(await sounding(page)).toHaveLength(1);
  await page.clock.runFor(10_000);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expectSilent(page);
});

interface CueHeard {
  ducked: boolean;
  volumes: number[];
}

test('the breathing cues are lowered while a screen is read aloud, and sound at full volume again after', async ({ page }) => {
  test.setTimeout(90_000);
  const exercise = await readContentJson<{ video: { durationSeconds: number } }>('exercises/seated-leg-curl.json');
  await watchReadAloud(page);
  // Each cue as it really sounds: the volume howler gives the sound that is playing.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { __cues: unknown[] }).__cues = heard;
    window.addEventListener('kiosk-cue-played', (event) => {
      type Sound = { _paused: boolean; _volume: number };
      const howler = (window as unknown as { Howler?: { _howls: Array<{ _sounds: Sound[]; playing(): boolean }> } }).Howler;
      const volumes = (howler?._howls ?? []).flatMap((howl) => howl._sounds.filter((sound) => !sound._paused).map((sound) => sound._volume));
      heard.push({ ducked: (event as CustomEvent<{ ducked: boolean }>).detail.ducked, volumes });
    });
  });
  const heard = () => page.evaluate(() => (window as unknown as { __cues: CueHeard[] }).__cues.slice());
  await openExercise(page);
  await expect.poll(async () => (await heard()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await heard()).at(-1)).toEqual({ ducked: false, volumes: [1] });

  await page.getByRole('button', { name: uiText('en', 'readAloud.start') }).tap();
  await expectSpeaking(page, /exercise-seated-leg-curl\.webm$/);
  const before = (await heard()).length;
  // Within a loop of the video, a cue sounds under the voice.
  await expect.poll(async () => (await heard()).length, { timeout: (exercise.video.durationSeconds + 2) * 1000 }).toBeGreaterThan(before);
  expect((await heard()).slice(before)).toEqual(expect.arrayContaining([{ ducked: true, volumes: [0.25] }]));
  expect(await sounding(page)).toHaveLength(1);

  await page.getByRole('button', { name: uiText('en', 'readAloud.stop') }).tap();
  await expectSilent(page);
  const after = (await heard()).length;
  await expect.poll(async () => (await heard()).length, { timeout: (exercise.video.durationSeconds + 2) * 1000 }).toBeGreaterThan(after);
  // Each cue after the reading sounds, and at full volume: no volume at all would be a cue that did not play.
  for (const cue of (await heard()).slice(after)) expect({ ducked: cue.ducked, volumes: [...new Set(cue.volumes)] }).toEqual({ ducked: false, volumes: [1] });
});
