/** What the seamless loop's worker (seamless-loop-worker.ts) and the page (seamless-loop.ts) share: its messages and its file checks. */

/**
 * The page to the worker. `spare`: a MediaSource ready for `url` (each is attached once). `attached`: an element took
 * loop `id`'s. `reread`: the content was swapped, so files are read afresh from here on. `playhead`: where loop `id`'s
 * video stands each time its clock moves.
 */
export type ToLoopWorker =
  | { type: 'spare'; generation: number; url: string }
  | { type: 'attached'; id: number }
  | { type: 'reread'; generation: number }
  | { type: 'playhead'; id: number; seconds: number };
/**
 * The worker to the page. `spare`: a MediaSource for `url`, fed once an element attaches it. `settled`: loop `id`'s
 * MediaSource has opened in its element, or did not within a while (only now may the element let go of it). `length`: the file's length, to the
 * frame, once loop `id` holds its first copy. `unavailable`: why `url` (or only loop `id`) cannot loop this way; the
 * page then leaves the element's `src` to loop.
 */
export type FromLoopWorker =
  | { type: 'spare'; generation: number; url: string; id: number; handle: MediaSourceHandle }
  | { type: 'settled'; id: number }
  | { type: 'length'; id: number; seconds: number }
  | { type: 'unavailable'; generation: number; url: string; id?: number; reason: string };

/** Held in memory and buffered a few times over: a larger file (a demo loop is about 100 kB) loops by `loop`. */
export const MAX_SEAMLESS_BYTES = 16 * 1024 * 1024;
/** A WebM names its codec in its first kilobytes. */
const CODEC_SNIFF_BYTES = 4096;

/** The MediaSource type of a WebM file's video, from the codec ID it names; null for anything else. */
export function webmType(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CODEC_SNIFF_BYTES));
  if (!head.startsWith('\x1a\x45\xdf\xa3')) return null;
  if (head.includes('V_VP9')) return 'video/webm; codecs="vp9"';
  if (head.includes('V_VP8')) return 'video/webm; codecs="vp8"';
  return null;
}

/** The file's bytes when it is answered as a WebM small enough to hold; otherwise why not (and no more is read). */
export async function readWebm(url: string): Promise<{ bytes: Uint8Array<ArrayBuffer> } | { reason: string }> {
  const response = await fetch(url);
  const type = response.headers.get('content-type') ?? '';
  const declared = Number(response.headers.get('content-length') ?? 0);
  const reason = !response.ok ? `HTTP ${response.status}` : !/^video\/webm\b/i.test(type) ? `answered as "${type}", not video/webm` : declared > MAX_SEAMLESS_BYTES ? `${declared} bytes, over ${MAX_SEAMLESS_BYTES}` : null;
  if (reason || !response.body) {
    await response.body?.cancel();
    return { reason: reason ?? 'an answer without a body' };
  }
  // Read with a cap, not arrayBuffer(): an answer that names no length (or a wrong one) is stopped at the cap.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_SEAMLESS_BYTES) {
      await reader.cancel();
      return { reason: `over ${MAX_SEAMLESS_BYTES} bytes` };
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
