/**
 * The attract loop starts in the page's first idle moment, not while the page starts up (a start that races the
 * page's own start-up stalls and drops frames on a 2-core kiosk), and keeps playing each exercise it moves on to.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    await expect.poll(() => video.currentSrc.endsWith(second!) && !video.paused && video.currentTime > 0.2, { timeout: 10_000 }).toBe(true);
  });
});
