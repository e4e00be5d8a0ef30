/**
 * Loops a WebM demo without the seek back to its start that `loop` does: at that seek Chromium on a 2-core kiosk
 * without a GPU drops the first frame or two after it now and then (README, Benchmark), and the attract loop runs
 * around the clock. A worker (seamless-loop-worker.ts) feeds the element a MediaSource that holds the file again and
 * again, so the loop point is no seek. The element keeps its file as `src` and its `loop`: wherever this cannot run
 * (no MediaSource in workers, not a WebM, a file too big to hold), or as soon as it fails, the element plays and loops
 * that file as before.
 */
import type { FromLoopWorker, ToLoopWorker } from './seamless-loop-feed';

/** Feeds `video` the file at `url` as a seamless loop, once the worker has it. Returns a function that stops it. */
export function loopSeamlessly(video: HTMLVideoElement, url: string): () => void {
  if (typeof MediaSource === 'undefined' || !MediaSource.canConstructInDedicatedWorker) return () => undefined;
  const worker = new Worker(new URL('./seamless-loop-worker.ts', import.meta.url), { type: 'module' });
  const tell = (message: ToLoopWorker) => worker.postMessage(message);
  const tellPlayhead = () => tell({ type: 'playhead', seconds: video.currentTime });
  let attached = false;

  const stop = () => {
    worker.terminate();
    video.removeEventListener('timeupdate', tellPlayhead);
    // Back to the file in `src`, on an element still on the page (one taken off is released by useMediaRelease). Also
    // when it reports an error: a new `src` (the loop's next exercise) arrives before this runs, and the element then
    // tried to attach the spent handle again ("Unable to attach MediaSource"); the new file's load clears that.
    if (attached && video.isConnected) video.srcObject = null;
    attached = false;
  };
  const fallBack = (reason: string) => {
    if (!video.error) console.warn(`${url} loops by seeking: ${reason}`);
    stop();
  };

  worker.onmessage = ({ data }: MessageEvent<FromLoopWorker>) => {
    if (data.type === 'handle') {
      // The file already failed in the element: the same bytes would only fail again.
      if (video.error) return stop();
      // Typed by the DOM library without it: a worker's MediaSource is attached through its handle.
      video.srcObject = data.handle as unknown as MediaSource;
      attached = true;
      // The worker queues by the video's own clock, never by a timer that could be held back while the player plays on.
      video.addEventListener('timeupdate', tellPlayhead);
    } else fallBack(data.reason);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack(event.message || 'its worker could not start');
  };
  tell({ type: 'start', url: new URL(url, document.baseURI).href });
  return stop;
}
