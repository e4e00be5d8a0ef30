/**
 * The attract loop starts in the page's first idle moment, not while the page starts up (a start that races the
 * page's own start-up stalls and drops frames on a 2-core kiosk), and keeps playing each exercise it moves on to.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseVideo } from '../../../renderer/components/exercise-video';
import { playWhenIdle } from '../../../renderer/components/play-when-idle';
import { ATTRACT_SLIDE_MS, AttractScreen } from '../../../renderer/screens/attract-screen';
import { contentFor, renderInKiosk, showLanguage } from '../support/kiosk';

/** A real, muted loop of the station's exercise on the page, loaded far enough to play, not yet playing. */
async function loadedLoop(file = 'video/seated-leg-curl.webm'): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  Object.assign(video, { muted: true, loop: true, preload: 'auto', src: `./media/${file}` });
  document.body.append(video);
  await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
  return video;
}

/** Playing for real: not paused, and its time moves on. */
async function playing(video: HTMLVideoElement): Promise<void> {
  await expect.poll(() => !video.paused && video.currentTime > 0.2, { timeout: 10_000 }).toBe(true);
}

describe('playWhenIdle', () => {
  afterEach(() => {
    for (const video of document.querySelectorAll('body > video')) video.remove();
  });

  it('does not start the video in the task that asks, and starts it once the page is idle', async () => {
    const video = await loadedLoop();
    playWhenIdle(video);
    expect([video.paused, video.autoplay]).toEqual([true, false]);
    await playing(video);
    expect(video.autoplay).toBe(true);
  });

  it('starts nothing once cancelled (the screen closed first)', async () => {
    const video = await loadedLoop();
    const cancel = playWhenIdle(video);
    cancel();
    // Past the latest moment it would have started (1.5 s) on a page that was idle all along.
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect([video.paused, video.autoplay, video.currentTime]).toEqual([true, false, 0]);
  });

  it('starts nothing on a video taken off the page meanwhile', async () => {
    const video = await loadedLoop();
    playWhenIdle(video);
    video.remove();
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect([video.paused, video.autoplay]).toEqual([true, false]);
  });
  it('starts with its clock still (the player gets painted before a frame falls due), then moves at the normal rate', async () => {
    const video = await loadedLoop();
    playWhenIdle(video);
    await expect.poll(() => video.paused, { timeout: 5_000 }).toBe(false);
    expect(video.playbackRate).toBe(0);
    expect(video.currentTime).toBeLessThan(0.05);
    await playing(video);
    expect(video.playbackRate).toBe(1);
  });

  it('moves at the normal rate at once when cancelled while its clock stands still', async () => {
    const video = await loadedLoop();
    const cancel = playWhenIdle(video);
    await expect.poll(() => !video.paused && video.playbackRate === 0, { timeout: 5_000 }).toBe(true);
    cancel();
    expect(video.playbackRate).toBe(1);
    await playing(video);
  });

  it('starts each new source it is given with its clock still too (the attract loop moving on to the next exercise)', async () => {
    const video = await loadedLoop();
    playWhenIdle(video);
    await playing(video);
    video.src = './media/video/kickback.webm';
    await expect.poll(() => video.currentSrc.endsWith('kickback.webm') && !video.paused && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, { timeout: 10_000 }).toBe(true);
    expect(video.playbackRate).toBe(0);
    await playing(video);
    expect(video.playbackRate).toBe(1);
  });

  it('leaves a video that cannot play at the normal rate, for the next source it is given', async () => {
    const video = document.createElement('video');
    Object.assign(video, { muted: true, loop: true, src: './media/video/no-such-loop.webm' });
    document.body.append(video);
    playWhenIdle(video);
    // Autoplay and rate 0 are set together; the rate is back at 1 once the play() failed.
    await expect.poll(() => video.autoplay && video.error !== null && video.playbackRate === 1, { timeout: 5_000 }).toBe(true);
    expect(video.paused).toBe(true);
    video.src = './media/video/seated-leg-curl.webm';
    await expect.poll(() => !video.paused && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, { timeout: 10_000 }).toBe(true);
    expect(video.playbackRate).toBe(0);
    await playing(video);
  });
});

describe('the attract loop\'s video', () => {
  beforeEach(() => showLanguage(contentFor('en')));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has no autoplay in its markup, so main\'s drawing of it waits for the page too', () => {
    const content = contentFor('en');
    const html = renderToString(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);
    const video = /<video[^>]*>/.exec(html)?.[0] ?? '';
    expect(video).toContain('src="./media/video/seated-leg-curl.webm"');
    expect(video).not.toMatch(/autoplay/i);
  });

  it('plays once on screen, and plays the next exercise when the loop moves on to it', async () => {
    // The cable station loops two exercises; only the loop's own clock is faked.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const content = contentFor('en', 'cable-station');
    const [first, second] = content.station.exercises.map((exercise) => content.exercises[exercise.id]!.video!.file);
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);
    const video = screen.container.querySelector('video')!;
    expect(video.getAttribute('src')).toBe(`./media/${first}`);
    await playing(video);

    vi.advanceTimersByTime(ATTRACT_SLIDE_MS);
    await expect.poll(() => video.getAttribute('src')).toBe(`./media/${second}`);
    // Its loop point no seek either (seamless-loop.ts): the new file plays from the MediaSource fed for it.
    await expect.poll(() => video.srcObject !== null && !video.paused && video.currentTime > 0.2, { timeout: 10_000 }).toBe(true);
  });
});

describe('a member screen\'s video', () => {
  beforeEach(() => showLanguage(contentFor('en')));

  /** The station's first exercise video, as a member screen draws it (without its cues). */
  async function stationVideo(): Promise<HTMLVideoElement> {
    const content = contentFor('en');
    const exercise = content.exercises[content.station.exercises[0]?.id ?? '']!;
    const { screen } = await renderInKiosk(<ExerciseVideo video={exercise.video} name={exercise.name} cues={false} />);
    return screen.container.querySelector('video')!;
  }

  it('plays as its screen opens, its clock still until its frames are painted, then at the normal rate', async () => {
    const video = await stationVideo();
    // Autoplayed, not waiting for an idle moment; the first frame due is not dropped while its player warms up.
    await expect.poll(() => !video.paused && video.playbackRate === 0, { timeout: 10_000, interval: 20 }).toBe(true);
    expect(video.currentTime).toBeLessThan(0.05);
    await playing(video);
    expect(video.playbackRate).toBe(1);
  });

  it('leaves alone a rate set while its clock stood still (the warm-up only ever moves it off 0)', async () => {
    const video = await stationVideo();
    // Its player playing with the clock still: the warm-up's move is on its way.
    await new Promise((resolve) => {
      video.addEventListener('playing', resolve, { once: true });
      // Already played while the screen was drawn: waiting for the event would wait for good.
      if (!video.paused && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) resolve(undefined);
    });
    expect(video.playbackRate).toBe(0);
    video.playbackRate = 2;
    // Past the warm-up (300 ms) with margin.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(video.playbackRate).toBe(2);
  });
});
