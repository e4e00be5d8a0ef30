/**
 * The seamless loop's worker (seamless-loop.ts), one for the page: reads each file the station's screens loop once,
 * and keeps a MediaSource ready for each, so a screen that opens attaches one in the same task that draws it. An
 * attached MediaSource gets the file appended again and again, each copy timed to follow the last, so the player
 * never seeks back to the start; what has played is taken out. In a worker, so the page's own work never holds back a
 * copy, and so the element keeps its file as `src`.
 */
import { readWebm, webmType, type FromLoopWorker, type ToLoopWorker } from './seamless-loop-feed';

/** How many loops stay queued ahead of the playhead. */
const LOOPS_AHEAD = 2;
/** How many loops that have played stay buffered behind it before they are taken out. */
const LOOPS_BEHIND = 1;

type LoopFile = { bytes: Uint8Array<ArrayBuffer>; type: string } | { reason: string };

// The DOM library types this module's global as a window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as { postMessage(message: FromLoopWorker, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ToLoopWorker>) => void) | null };
const tell = (message: FromLoopWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * How long an attached MediaSource may take to open before the page stops waiting for it to (media-source-open.ts).
 * Timed here, in real time: the page's timers may run on a test's clock.
 */
const OPEN_WITHIN_MS = 10_000;
/** Spares not opened yet, by id: what starts the wait once an element took one. */
const unopened = new Map<number, { startWait: () => void; waiting: boolean }>();

/** Each file read once (until the content is swapped); a loop already playing holds its own bytes. */
let files = new Map<string, Promise<LoopFile>>();
let generation = 0;
/** Each attached loop's answer to its video's clock moving on. */
const loops = new Map<number, (playhead: number) => void>();
let lastId = 0;

async function readLoopFile(url: string): Promise<LoopFile> {
  const read = await readWebm(url);
  if ('reason' in read) return read;
  const type = webmType(read.bytes);
  if (!type || !MediaSource.isTypeSupported(type)) return { reason: 'not a VP8 or VP9 WebM this player can decode' };
  return { bytes: read.bytes, type };
}

/** Appends copies of the file while the playhead nears the end of what is queued, and takes out what has played. */
function feed(id: number, source: MediaSource, file: { bytes: Uint8Array<ArrayBuffer>; type: string }, fail: (reason: string) => void): void {
  const buffer = source.addSourceBuffer(file.type);
  let playhead = 0;
  let copies = 0;
  let length = 0;
  const queueOrTrim = () => {
    const buffered = buffer.buffered;
    if (buffered.length > 0 && playhead - buffered.start(0) > (LOOPS_BEHIND + 1) * length) buffer.remove(0, playhead - LOOPS_BEHIND * length);
    else if (copies === 0 || buffered.length === 0 || buffered.end(buffered.length - 1) - playhead < LOOPS_AHEAD * length) {
      // A file cut off mid-frame leaves the parser inside it; abort() starts the next copy on a clean slate.
      buffer.abort();
      buffer.timestampOffset = copies * length;
      buffer.appendBuffer(file.bytes);
      copies++;
    }
  };
  const keepQueued = () => {
    if (buffer.updating || source.readyState !== 'open') return;
    try {
      queueOrTrim();
    } catch (error) {
      fail(reasonOf(error));
    }
  };
  buffer.addEventListener('updateend', () => {
    // The element let go of it (its screen closed) as this copy went in: nothing more to queue.
    if (source.readyState !== 'open') return;
    try {
      // The first copy's end is the loop's length, to the frame: each next copy starts exactly there.
      if (!length) {
        length = buffer.buffered.length > 0 ? buffer.buffered.end(0) : 0;
        if (!length) return fail('its first copy held no frame');
        tell({ type: 'length', id, seconds: length });
      }
    } catch (error) {
      // Read while the element lets go (Chromium: "Worker MediaSource attachment is closing"): this loop ends, and
      // only this one. Uncaught, it ended the worker, and with it every loop of the page until the next reload.
      return fail(reasonOf(error));
    }
    keepQueued();
  });
  loops.set(id, (seconds) => {
    playhead = seconds;
    keepQueued();
  });
  keepQueued();
}

/** Hands the page a MediaSource for `url` that is fed once an element attaches it. */
async function makeSpare(url: string): Promise<void> {
  const asked = generation;
  let file = files.get(url);
  if (!file) files.set(url, (file = readLoopFile(url)));
  let read: LoopFile;
  try {
    read = await file;
  } catch (error) {
    // A read that failed (the network, not the file) is not kept: the next ask reads the file again.
    if (files.get(url) === file) files.delete(url);
    read = { reason: reasonOf(error) };
  }
  // The content was swapped meanwhile: the page no longer takes this generation's spares.
  if (asked !== generation) return;
  if ('reason' in read) return tell({ type: 'unavailable', generation: asked, url, reason: read.reason });
  const id = ++lastId;
  const source = new MediaSource();
  const fail = (reason: string) => {
    loops.delete(id);
    tell({ type: 'unavailable', generation: asked, url, id, reason });
  };
  let wait: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(wait);
    if (unopened.delete(id)) tell({ type: 'settled', id });
  };
  const waitForOpen = {
    waiting: false,
    startWait: () => {
      waitForOpen.waiting = true;
      wait = setTimeout(settle, OPEN_WITHIN_MS);
    },
  };
  unopened.set(id, waitForOpen);
  source.addEventListener(
    'sourceopen',
    () => {
      settle();
      try {
        feed(id, source, read, fail);
      } catch (error) {
        // The element let go as it opened (its buffer could not be added): this loop ends, the worker goes on.
        fail(reasonOf(error));
      }
    },
    { once: true },
  );
  // The element let go of it (its screen closed, or it went back to its file).
  source.addEventListener('sourceclose', () => loops.delete(id), { once: true });
  // Typed by the DOM library without it: a worker's MediaSource is attached through its handle.
  const handle = (source as MediaSource & { handle: MediaSourceHandle }).handle;
  tell({ type: 'spare', generation: asked, url, id, handle }, [handle]);
}

function spare(url: string): void {
  makeSpare(url).catch((error: unknown) => tell({ type: 'unavailable', generation, url, reason: reasonOf(error) }));
}

scope.onmessage = ({ data }) => {
  if (data.type === 'playhead') loops.get(data.id)?.(data.seconds);
  else if (data.type === 'attached') unopened.get(data.id)?.startWait();
  else if (data.type === 'reread') {
    generation = data.generation;
    files = new Map();
    // The page dropped the spares it held: those no element took are no longer waited on.
    for (const [id, waitForOpen] of unopened) if (!waitForOpen.waiting) unopened.delete(id);
  } else if (data.generation === generation) spare(data.url);
};
