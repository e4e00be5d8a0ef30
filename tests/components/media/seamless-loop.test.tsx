/**
 * The attract's demo loop's loop point is no seek (seamless-loop.ts): a worker feeds the real file, again and again, to a
 * MediaSource in real Chromium, and what has played is taken out. Whatever it cannot loop that way, or as soon as it
 * fails, the element plays the file in its `src` with `loop`, as it would without this.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loopTime } from '../../../renderer/components/loop-time';
import { keepLoops, loopSeamlessly } from '../../../renderer/components/seamless-loop';
import { MAX_SEAMLESS_BYTES, webmType } from '../../../renderer/components/seamless-loop-feed';
import { releaseMedia } from '../../../renderer/components/use-media-release';
import { useStationLoops } from '../../../renderer/components/use-station-loops';
import { mediaUrl } from '../../../renderer/media-url';
import type { KioskContent } from '../../../common/content-view';
import { contentFor, renderInKiosk } from '../support/kiosk';

const FILE = './media/video/seated-leg-curl.webm';
/** The file's length: 150 frames at 30 per second. */
const LOOP_SECONDS = 5;

/** Whether the element plays the worker's MediaSource rather than the file in its src. */
function fed(video: HTMLVideoElement): boolean {
  return video.srcObject !== null;
}

/** A muted looping video of `url` on the page, as the screens draw it, with every seek it makes counted. */
function videoOnPage(url = FILE): { video: HTMLVideoElement; seeks: () => number } {
  const video = document.createElement('video');
  Object.assign(video, { muted: true, loop: true, preload: 'auto', src: url });
  document.body.append(video);
  let seeks = 0;
  video.addEventListener('seeking', () => seeks++);
  return { video, seeks: () => seeks };
}

async function realBytes(): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await fetch(FILE)).arrayBuffer());
}

/** The real file's head (it parses as a WebM) with its body turned to noise (no frame decodes). */
async function brokenBody(): Promise<Uint8Array<ArrayBuffer>> {
  const broken = (await realBytes()).slice();
  for (let index = 400; index < broken.length; index += 7) broken[index] = broken[index]! ^ 0x5a;
  return broken;
}

/** A blob: URL answering `bytes` with `type`, as a server would. */
function served(bytes: Uint8Array<ArrayBuffer>, type: string): string {
  return URL.createObjectURL(new Blob([bytes], { type }));
}

/** Resolves with the element's error code once it reports one. */
function errorOf(video: HTMLVideoElement): Promise<number | undefined> {
  return new Promise((resolve) => video.addEventListener('error', () => resolve(video.error?.code), { once: true }));
}

/** The warning the page gives when a file loops by seeking instead. */
function fallbackWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('loopSeamlessly', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const video of document.querySelectorAll('body > video')) video.remove();
  });

  it('plays the real file on past its end twice over without a single seek, and keeps only a few loops buffered', async () => {
    const { video, seeks } = videoOnPage();
    const stop = loopSeamlessly(video, FILE);
    await expect.poll(() => fed(video), { timeout: 10_000 }).toBe(true);
    // The element still names its file and loops: that is what plays wherever the worker cannot.
    expect([video.getAttribute('src'), video.loop]).toEqual([FILE, true]);
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
    // Faster than real time, so three loops pass in a few seconds.
    video.playbackRate = 4;
    await video.play();
    await expect.poll(() => video.currentTime, { timeout: 20_000, interval: 100 }).toBeGreaterThan(2.5 * LOOP_SECONDS);
    expect(seeks()).toBe(0);
    // What has played is taken out: the buffer starts well after 0 and spans a few loops, not all of them.
    await expect.poll(() => video.buffered.start(0), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(video.buffered.end(video.buffered.length - 1) - video.buffered.start(0)).toBeLessThanOrEqual(5 * LOOP_SECONDS);
    expect(video.error).toBeNull();
    stop();
  });

  it('queues more as the playhead moves on; stopped, the element goes back to the file in its src', async () => {
    const { video } = videoOnPage();
    const stop = loopSeamlessly(video, FILE);
    await expect.poll(() => fed(video), { timeout: 10_000 }).toBe(true);
    const end = () => (video.buffered.length ? video.buffered.end(video.buffered.length - 1) : 0);
    // Paused at the start: two loops queued ahead, no more.
    await expect.poll(end, { timeout: 10_000 }).toBeCloseTo(2 * LOOP_SECONDS, 1);
    // Two loops ahead of 6 s reach past 15 s: two more copies.
    video.currentTime = 6;
    await expect.poll(end, { timeout: 5_000 }).toBeCloseTo(4 * LOOP_SECONDS, 1);
    stop();
    // Once the task that stopped it is done (a screen closing may still be taking the element off the page).
    await Promise.resolve();
    expect(fed(video)).toBe(false);
    // The file itself again: one loop long, looped by `loop`.
    await expect.poll(() => video.duration, { timeout: 10_000 }).toBeCloseTo(LOOP_SECONDS, 1);
    expect(video.loop).toBe(true);
  });

  it('names the codec of a VP9 WebM, and none for bytes that are not a WebM', async () => {
    expect(webmType(await realBytes())).toBe('video/webm; codecs="vp9"');
    expect(webmType(new TextEncoder().encode('V_VP9 but no EBML header'))).toBeNull();
    expect(webmType(new Uint8Array(0))).toBeNull();
  });

  it('leaves a file answered as another type to its own loop', async () => {
    const warned = fallbackWarnings();
    const url = served(await realBytes(), 'video/mp4');
    const { video } = videoOnPage(url);
    loopSeamlessly(video, url);
    await expect.poll(() => warned.mock.calls.length, { timeout: 10_000 }).toBe(1);
    expect(String(warned.mock.calls[0]?.[0])).toContain('answered as "video/mp4"');
    expect([video.srcObject, video.getAttribute('src'), video.loop]).toEqual([null, url, true]);
    // The same real file still plays: only its way of looping is the old one.
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
  });

  it('leaves a file too big to hold to its own loop, without reading it', async () => {
    const warned = fallbackWarnings();
    const huge = new Uint8Array(MAX_SEAMLESS_BYTES + 1);
    huge.set(await realBytes());
    const url = served(huge, 'video/webm');
    const { video } = videoOnPage(url);
    loopSeamlessly(video, url);
    await expect.poll(() => warned.mock.calls.length, { timeout: 10_000 }).toBe(1);
    expect(String(warned.mock.calls[0]?.[0])).toContain(`over ${MAX_SEAMLESS_BYTES}`);
    expect(video.srcObject).toBeNull();
  });

  it('ends in the element\'s error for a missing file, which the screen shows as its poster and a note', async () => {
    fallbackWarnings();
    const missing = './media/video/no-such-file.webm';
    const { video } = videoOnPage(missing);
    const failed = errorOf(video);
    loopSeamlessly(video, missing);
    expect(await failed).toBeGreaterThan(0);
    expect(video.srcObject).toBeNull();
  });

  it('ends in the element\'s error for bytes that only claim to be a WebM (fuzzed)', async () => {
    fallbackWarnings();
    const noise = new Uint8Array(64 * 1024);
    for (let index = 0; index < noise.length; index++) noise[index] = (index * 2654435761) >>> 24;
    const url = served(noise, 'video/webm');
    const { video } = videoOnPage(url);
    const failed = errorOf(video);
    loopSeamlessly(video, url);
    expect(await failed).toBeGreaterThan(0);
  });

  it('ends in the element\'s error for a WebM head whose body is noise, and does not go back to the same broken file', async () => {
    const warned = fallbackWarnings();
    const url = served(await brokenBody(), 'video/webm');
    const { video } = videoOnPage(url);
    let errors = 0;
    video.addEventListener('error', () => errors++);
    loopSeamlessly(video, url);
    await expect.poll(() => errors, { timeout: 10_000 }).toBeGreaterThan(0);
    // Long enough for a second load of the same file to fail too, had it been started.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(errors).toBe(1);
    // The worker may notice first that the bytes hold no frame (the element's own error then follows): at most one
    // warning, and it names why.
    expect(warned.mock.calls.length).toBeLessThanOrEqual(1);
    for (const [message] of warned.mock.calls) expect(String(message)).toMatch(/loops by seeking: .+/);
  });

  it('leaves a video that failed on its fed loop failed, rather than load the same bytes from its file', async () => {
    fallbackWarnings();
    const bytes = await brokenBody();
    // The worker may report the failed loop before the element's own error: the element then goes back to its file
    // and fails there (once). Draw until the element fails while fed, which it does about one time in two here.
    for (let tries = 0; tries < 12; tries++) {
      const url = served(bytes, 'video/webm');
      keepLoops([url], 'content-1');
      let failedFed: boolean | undefined;
      let loadsAfterFailing = 0;
      const { video, stop } = await drawnWithLoopReady(url, (drawn) => {
        drawn.addEventListener('error', () => (failedFed ??= fed(drawn)));
        drawn.addEventListener('loadstart', () => failedFed && loadsAfterFailing++);
      });
      await expect.poll(() => failedFed, { timeout: 10_000 }).toBeDefined();
      if (!failedFed) {
        video.remove();
        continue;
      }
      // Long enough for the worker's report of the failed loop to come; then its screen closes.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loadsAfterFailing).toBe(0);
      expect(video.error).not.toBeNull();
      return;
    }
    expect.unreachable('no element failed while fed in 12 tries');
  });

  it('loops the frames a truncated file holds, without a seek', async () => {
    const real = await realBytes();
    const url = served(real.slice(0, Math.floor(real.length / 2)), 'video/webm');
    const { video, seeks } = videoOnPage(url);
    loopSeamlessly(video, url);
    await expect.poll(() => fed(video), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
    video.playbackRate = 4;
    await video.play();
    // Past where the whole file would have ended: the half it holds has looped at least once.
    await expect.poll(() => video.currentTime, { timeout: 20_000, interval: 100 }).toBeGreaterThan(LOOP_SECONDS + 0.5);
    expect(seeks()).toBe(0);
    expect(video.error).toBeNull();
  });
});

/**
 * Draws videos of `url` as a screen does (element, `src` and attach in one task) until one gets a loop kept ready;
 * `watch` sees that one in the same task.
 */
async function drawnWithLoopReady(
  url: string,
  watch: (video: HTMLVideoElement) => void = () => undefined,
): Promise<{ video: HTMLVideoElement; seeks: () => number; stop: () => void; drawnAt: number }> {
  let drawn: { video: HTMLVideoElement; seeks: () => number; stop: () => void; drawnAt: number } | undefined;
  await expect
    .poll(
      () => {
        const drawnAt = performance.now();
        const { video, seeks } = videoOnPage(url);
        const stop = loopSeamlessly(video, url, { fromFirstFrame: true });
        if (fed(video)) {
          // In the task that drew it, before any of its events.
          watch(video);
          drawn = { video, seeks, stop, drawnAt };
        }
        else video.remove();
        return drawn !== undefined;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return drawn!;
}

/** The elements' own loads of `url` from `since` on (the worker's reads are not the page's). */
function elementLoads(url: string, since = 0): PerformanceResourceTiming[] {
  const name = new URL(url, document.baseURI).href;
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name === name && entry.initiatorType === 'video' && entry.startTime >= since);
}

describe('loops kept ready for the screens a member opens', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const video of document.querySelectorAll('body > video')) video.remove();
  });

  it('feeds a video drawn with a loop ready from its first frame: it never loads its own file, and never seeks', async () => {
    const url = `${FILE}?kept-ready`;
    keepLoops([url], 'content-1');
    const { video, seeks, stop, drawnAt } = await drawnWithLoopReady(url);
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
    video.playbackRate = 4;
    await video.play();
    await expect.poll(() => video.currentTime, { timeout: 20_000, interval: 100 }).toBeGreaterThan(LOOP_SECONDS + 0.5);
    video.pause();
    expect(seeks()).toBe(0);
    // The breathing cues' clock: where the video stands in its file, one file length back on the second copy.
    expect(loopTime(video)).toBeCloseTo(video.currentTime - LOOP_SECONDS, 1);
    // Draws that found no loop ready yet loaded it; the one fed never did.
    expect(elementLoads(url, drawnAt)).toEqual([]);
    // The check can see an element's load: the file under a name not kept, drawn the same way, shows one.
    const since = performance.now();
    const plain = `${FILE}?not-kept-ready`;
    const { video: control } = videoOnPage(plain);
    loopSeamlessly(control, plain, { fromFirstFrame: true });
    await expect.poll(() => control.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
    await expect.poll(() => elementLoads(plain, since).length, { timeout: 5_000 }).toBeGreaterThan(0);
    stop();
  });

  it('switches a member screen\'s video drawn before its loop was ready once it is, while it has not moved yet', async () => {
    const url = `${FILE}?ready-later`;
    const { video } = videoOnPage(url);
    loopSeamlessly(video, url, { fromFirstFrame: true });
    expect(fed(video)).toBe(false);
    // Still at its first frame, the poster's: nothing on screen changes at the switch.
    await expect.poll(() => fed(video), { timeout: 10_000 }).toBe(true);
    expect(video.currentTime).toBe(0);
  });

  it('leaves a member screen\'s video that moved before its loop was ready on its `loop`, not switched under the member', async () => {
    const url = `${FILE}?moved-first`;
    const { video } = videoOnPage(url);
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
    await video.play();
    await expect.poll(() => video.currentTime, { timeout: 10_000 }).toBeGreaterThan(0);
    loopSeamlessly(video, url, { fromFirstFrame: true });
    // The loop it asked for is ready: the next screen drawn gets it, this one still plays its own file.
    await drawnWithLoopReady(url);
    expect(fed(video)).toBe(false);
    expect(loopTime(video)).toBe(video.currentTime);
  });

  it('gives a loop ready to one of two videos drawn in the same task; the other keeps its `loop`', async () => {
    const url = `${FILE}?twice`;
    keepLoops([url], 'content-1');
    const { video: first } = await drawnWithLoopReady(url);
    // The next one is asked for as the first is taken; two drawn at once before it is there: at most one is fed.
    await drawnWithLoopReady(url);
    const pair = [videoOnPage(url).video, videoOnPage(url).video];
    for (const video of pair) loopSeamlessly(video, url, { fromFirstFrame: true });
    expect(pair.filter(fed).length).toBeLessThanOrEqual(1);
    expect(fed(first)).toBe(true);
  });

  it('holds each file once per content version, and reads it afresh when the content is swapped', async () => {
    const url = served(await realBytes(), 'video/webm');
    keepLoops([url], 'content-1');
    await drawnWithLoopReady(url);
    // Gone from where it was served: the same content still loops the bytes it holds.
    URL.revokeObjectURL(url);
    await drawnWithLoopReady(url);
    const warned = fallbackWarnings();
    keepLoops([url], 'content-2');
    await expect.poll(() => warned.mock.calls.length, { timeout: 10_000 }).toBe(1);
    expect(String(warned.mock.calls[0]?.[0])).toContain(`${url} loops by seeking`);
    const { video } = videoOnPage(url);
    loopSeamlessly(video, url, { fromFirstFrame: true });
    expect(fed(video)).toBe(false);
  });

  it('lets a video whose screen closed before its loop\'s MediaSource opened be collected (let go of earlier, Chromium holds it for good)', async () => {
    const url = `${FILE}?closed-at-once`;
    keepLoops([url], 'content-1');
    // Drawn until one is fed, without expect.poll: a poll keeps its callback, and with it the element, for its report.
    const drawOne = async (): Promise<WeakRef<HTMLVideoElement>> => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { video: drawn } = videoOnPage(url);
        const stop = loopSeamlessly(drawn, url, { fromFirstFrame: true });
        const wasFed = fed(drawn);
        // Closed in the task that drew it, as a screen a busy kiosk takes down at once: its MediaSource has not opened.
        stop();
        drawn.remove();
        releaseMedia(drawn);
        if (wasFed) return new WeakRef(drawn);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no loop of ${url} was ready within 10 s`);
    };
    const video = await drawOne();
    const collectGarbage = (globalThis as { gc?: () => void }).gc;
    if (!collectGarbage) throw new Error('this test needs Chromium started with --js-flags=--expose-gc (tests/vitest.components.config.ts)');
    await expect
      .poll(
        async () => {
          collectGarbage();
          await new Promise((resolve) => setTimeout(resolve, 100));
          return video.deref() === undefined;
        },
        // Well within the worker's 10 s wait for an open that never comes: let go of at once, it is held at least that long.
        { timeout: 5_000, interval: 200 },
      )
      .toBe(true);
  });

  it('keeps feeding the page\'s loops after screens closed at every moment of their loop\'s start (one loop ends, not the worker)', async () => {
    const warned = vi.spyOn(console, 'warn');
    const url = `${FILE}?closed-while-starting`;
    keepLoops([url], 'content-1');
    // Each closed a little later than the last: before its MediaSource opens, as its first copy goes in, after.
    for (let closeAfterMs = 0; closeAfterMs <= 80; closeAfterMs += closeAfterMs < 40 ? 1 : 4) {
      const { video, stop } = await drawnWithLoopReady(url);
      await new Promise((resolve) => setTimeout(resolve, closeAfterMs));
      stop();
      video.remove();
      releaseMedia(video);
    }
    // Time for a worker that failed to say so.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(warned.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('Videos loop by seeking'))).toEqual([]);
    const { video } = await drawnWithLoopReady(url);
    await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_FUTURE_DATA);
    expect(fed(video)).toBe(true);
  });

  it('stopped as its screen takes it off the page, leaves the element alone (no load of its file during the tap)', async () => {
    const url = `${FILE}?closing`;
    keepLoops([url], 'content-1');
    const { video, stop } = await drawnWithLoopReady(url);
    const handle = video.srcObject;
    stop();
    video.remove();
    await Promise.resolve();
    expect(video.srcObject).toBe(handle);
  });

  it('keeps the station\'s loops ready once its content is in: its second exercise\'s screen, opened a moment later, is fed from its first frame', async () => {
    function StationLoops({ content }: { content: KioskContent }) {
      useStationLoops(content);
      return null;
    }
    const content = contentFor('en', 'cable-station');
    const url = mediaUrl(content.exercises[content.station.exercises[1]?.id ?? '']?.video?.file ?? 'missing');
    await renderInKiosk(<StationLoops content={content} />, { content });
    // A moment, as a member takes: nothing drew this file yet, so only the station's kept loops asked for it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { video } = videoOnPage(url);
    loopSeamlessly(video, url, { fromFirstFrame: true });
    expect(fed(video)).toBe(true);
  });
});
