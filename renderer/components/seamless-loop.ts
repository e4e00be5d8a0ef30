/**
 * Loops a WebM demo without the seek back to its start that `loop` does: at that seek Chromium on a 2-core kiosk
 * without a GPU drops the first frame or two after it now and then (README, Benchmark), and the loops play all day.
 * One worker for the page (seamless-loop-worker.ts) feeds each video a MediaSource that holds its file again and
 * again, so the loop point is no seek. It keeps one MediaSource ready per file, so a screen that opens attaches it in
 * the task that draws it, before the element loads its `src`. The element keeps its file as `src` and its `loop`:
 * wherever this cannot run (no MediaSource in workers, not a WebM, a file too big to hold), or as soon as it fails,
 * the element plays and loops that file as before.
 */
import type { FromLoopWorker, ToLoopWorker } from './seamless-loop-feed';
import { loopLengths as lengths } from './loop-time';
import { sourceOpening, sourceSettled, whenSourceSettled } from './media-source-open';

type Spare = { id: number; handle: MediaSourceHandle };
/** A video waiting for a spare, and its taking of it: false when it cannot use it (the spare then waits for the next). */
type Taker = { video: HTMLVideoElement; take: (spare: Spare) => boolean };

/** Not started yet (undefined), or none where this browser cannot feed a video from a worker (null). */
let worker: Worker | null | undefined;
/** Counts content swaps: spares and answers of an earlier generation are for files that may have changed. */
let generation = 0;
let keptVersion: string | undefined;
const spares = new Map<string, Spare>();
/** Files with a spare asked for and not yet answered. */
const asked = new Set<string>();
/** Files that cannot loop this way (until the content is swapped). */
const unavailable = new Set<string>();
/** Videos already playing their file, to switch to a spare as soon as one is there. */
const waiting = new Map<string, Taker[]>();
/** Attached loops by the worker's id: their video, and what to do when the worker reports one failed. */
const attached = new Map<number, { video: HTMLVideoElement; fail: (reason: string) => void }>();
/** Videos given a loop whose MediaSource has not opened yet, by the worker's id: they let go of it only once it has. */
const opening = new Map<number, HTMLVideoElement>();

const tell = (message: ToLoopWorker) => worker?.postMessage(message);
const absolute = (url: string) => new URL(url, document.baseURI).href;

function loopWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof MediaSource === 'undefined' || !MediaSource.canConstructInDedicatedWorker) return (worker = null);
  worker = new Worker(new URL('./seamless-loop-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<FromLoopWorker>) => answer(data);
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp(event.message || 'their worker could not start');
  };
  return worker;
}

/** The worker failed: every video goes back to its file and `loop`, and stays there. */
function giveUp(reason: string): void {
  console.warn(`Videos loop by seeking: ${reason}`);
  worker?.terminate();
  worker = null;
  // Its MediaSources went with it: nothing is left to open.
  for (const video of opening.values()) sourceSettled(video);
  opening.clear();
  for (const loop of [...attached.values()]) loop.fail(reason);
  spares.clear();
  waiting.clear();
}

function askSpare(url: string): void {
  if (spares.has(url) || asked.has(url) || unavailable.has(url)) return;
  asked.add(url);
  tell({ type: 'spare', generation, url });
}

function answer(data: FromLoopWorker): void {
  if (data.type === 'settled') {
    const video = opening.get(data.id);
    opening.delete(data.id);
    if (video) sourceSettled(video);
    return;
  }
  if (data.type === 'length') {
    const loop = attached.get(data.id);
    if (loop) lengths.set(loop.video, data.seconds);
    return;
  }
  if (data.generation !== generation) return;
  if (data.type === 'unavailable' && data.id !== undefined) return attached.get(data.id)?.fail(data.reason);
  asked.delete(data.url);
  const takers = waiting.get(data.url) ?? [];
  waiting.delete(data.url);
  if (data.type === 'unavailable') {
    unavailable.add(data.url);
    // Once per file; videos that already failed on it say so themselves.
    if (!takers.some(({ video }) => video.error)) console.warn(`${data.url} loops by seeking: ${data.reason}`);
    return;
  }
  const spare = { id: data.id, handle: data.handle };
  // The first video that can still use it; one that cannot (it failed, or moved) stays on its `loop` for good.
  for (let taker = takers.shift(); taker; taker = takers.shift()) {
    if (!taker.take(spare)) continue;
    if (takers.length > 0) waiting.set(data.url, takers);
    return askSpare(data.url);
  }
  spares.set(data.url, spare);
}
/**
 * Keeps a MediaSource ready for each of these files (the station's loops), read once per content `version`: a new
 * version (content swapped) reads them afresh, and drops what was ready for the last one.
 */
export function keepLoops(urls: string[], version: string): void {
  if (!loopWorker()) return;
  // Files asked for before the first version (the attract's) were read from that same content.
  if (keptVersion !== undefined && keptVersion !== version) {
    generation++;
    spares.clear();
    asked.clear();
    unavailable.clear();
    tell({ type: 'reread', generation });
  }
  keptVersion = version;
  for (const url of [...urls.map(absolute), ...waiting.keys()]) askSpare(url);
}

/**
 * Feeds `video` the file at `url` as a seamless loop. With a spare ready, at once (in the task that drew the element,
 * its `src` is then never loaded); otherwise as soon as one is ready, but `fromFirstFrame` only while the video has
 * not moved yet (a member screen keeps its `loop` rather than restart a movement under the member's eyes; the
 * poster is the first frame, so a switch before it moves shows nothing). Returns a function that stops it.
 */
export function loopSeamlessly(video: HTMLVideoElement, url: string, { fromFirstFrame = false } = {}): () => void {
  if (!loopWorker()) return () => undefined;
  const file = absolute(url);
  let id: number | undefined;
  const tellPlayhead = () => id !== undefined && tell({ type: 'playhead', id, seconds: video.currentTime });

  const stop = () => {
    const takers = waiting.get(file);
    const waits = takers?.findIndex((taker) => taker.take === take) ?? -1;
    if (waits >= 0) takers?.splice(waits, 1);
    if (id === undefined) return;
    video.removeEventListener('timeupdate', tellPlayhead);
    attached.delete(id);
    lengths.delete(video);
    id = undefined;
    // Back to the file in `src`, on an element still on the page once this task's rendering is done: one that React
    // is taking off in the same commit would otherwise start loading its file during the tap (useMediaRelease frees it).
    // An element that failed on the fed bytes stays failed: its file holds the same bytes and would fail a second time.
    const fed = video.srcObject;
    queueMicrotask(() =>
      whenSourceSettled(video, () => {
        if (video.isConnected && video.srcObject === fed && !video.error) video.srcObject = null;
      }),
    );
  };
  const take = (spare: Spare) => {
    // The file already failed in the element: the same bytes would only fail again.
    if (video.error || (fromFirstFrame && video.currentTime > 0)) return false;
    // Typed by the DOM library without it: a worker's MediaSource is attached through its handle.
    video.srcObject = spare.handle as unknown as MediaSource;
    id = spare.id;
    sourceOpening(video);
    opening.set(id, video);
    tell({ type: 'attached', id });
    const fail = (reason: string) => {
      if (!video.error) console.warn(`${file} loops by seeking: ${reason}`);
      stop();
    };
    attached.set(id, { video, fail });
    // The worker queues by the video's own clock, never by a timer that could be held back while the player plays on.
    video.addEventListener('timeupdate', tellPlayhead);
    return true;
  };

  const spare = spares.get(file);
  if (spare && take(spare)) {
    spares.delete(file);
    askSpare(file);
    return stop;
  }
  // The last file's spent MediaSource, on an element given a new `src` in this same commit: the new file loads instead.
  if (video.srcObject) video.srcObject = null;
  if (!spare && !unavailable.has(file)) {
    waiting.set(file, [...(waiting.get(file) ?? []), { video, take }]);
    // A file not asked for yet: one is ready next time.
    askSpare(file);
  }
  return stop;
}
