/**
 * The seamless loop's worker (seamless-loop.ts): fetches the file once, and appends it to a MediaSource again and
 * again, each copy timed to follow the last, so the player never seeks back to the start; what has played is taken out.
 * In a worker, so the page's own work never holds back a copy, and so the element keeps its file as `src`.
 */
import { readWebm, webmType, type FromLoopWorker, type ToLoopWorker } from './seamless-loop-feed';

/** How many loops stay queued ahead of the playhead. */
const LOOPS_AHEAD = 2;
/** How many loops that have played stay buffered behind it before they are taken out. */
const LOOPS_BEHIND = 1;

// The DOM library types this module's global as a window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as { postMessage(message: FromLoopWorker, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ToLoopWorker>) => void) | null };
const tell = (message: FromLoopWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let playhead = 0;
let keepQueued = () => undefined as void;

async function start(url: string): Promise<void> {
  const read = await readWebm(url);
  if ('reason' in read) return tell({ type: 'unavailable', reason: read.reason });
  const { bytes } = read;
  const type = webmType(bytes);
  if (!type || !MediaSource.isTypeSupported(type)) return tell({ type: 'unavailable', reason: 'not a VP8 or VP9 WebM this player can decode' });
  const source = new MediaSource();
  // Typed by the DOM library without it: a worker's MediaSource is attached through its handle.
  const handle = (source as MediaSource & { handle: MediaSourceHandle }).handle;
  source.addEventListener(
    'sourceopen',
    () => {
      const buffer = source.addSourceBuffer(type);
      let copies = 0;
      let length = 0;
      const queueOrTrim = () => {
        const buffered = buffer.buffered;
        if (buffered.length > 0 && playhead - buffered.start(0) > (LOOPS_BEHIND + 1) * length) buffer.remove(0, playhead - LOOPS_BEHIND * length);
        else if (copies === 0 || buffered.length === 0 || buffered.end(buffered.length - 1) - playhead < LOOPS_AHEAD * length) {
          // A file cut off mid-frame leaves the parser inside it; abort() starts the next copy on a clean slate.
          buffer.abort();
          buffer.timestampOffset = copies * length;
          buffer.appendBuffer(bytes);
          copies++;
        }
      };
      keepQueued = () => {
        if (buffer.updating || source.readyState !== 'open') return;
        try {
          queueOrTrim();
        } catch (error) {
          tell({ type: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
        }
      };
      buffer.addEventListener('updateend', () => {
        // The first copy's end is the loop's length, to the frame: each next copy starts exactly there.
        if (!length) {
          length = buffer.buffered.length > 0 ? buffer.buffered.end(0) : 0;
          if (!length) return tell({ type: 'unavailable', reason: 'its first copy held no frame' });
        }
        keepQueued();
      });
      keepQueued();
    },
    { once: true },
  );
  tell({ type: 'handle', handle }, [handle]);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'playhead') {
    playhead = data.seconds;
    keepQueued();
  } else {
    start(data.url).catch((error: unknown) => tell({ type: 'unavailable', reason: error instanceof Error ? error.message : String(error) }));
  }
};
