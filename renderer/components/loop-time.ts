/** The clock of a video fed by the seamless loop (seamless-loop.ts): it runs on through the copies, one file length each. */

/** Each fed video's file length, to the frame, once its first copy is in (written by seamless-loop.ts). */
export const loopLengths = new WeakMap<HTMLVideoElement, number>();

/** Where `video` stands in its file, fed or looping by `loop` alike (what the breathing cues follow). */
export function loopTime(video: HTMLVideoElement): number {
  const length = video.srcObject ? loopLengths.get(video) : undefined;
  return length ? video.currentTime % length : video.currentTime;
}
