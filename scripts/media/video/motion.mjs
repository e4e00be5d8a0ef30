/**
 * The timing every demo loop follows. content/exercises/<id>.json declares the same phase markers
 * (concentric 0.5–2.0 s, eccentric 2.5–4.5 s), so change both together or not at all.
 */
export const FPS = 30;
export const SECONDS = 5;
export const FRAMES = FPS * SECONDS; // 150 frames, t = i / 30 for i = 0..149; frame 150 would be frame 0 again.

/** The phases of one repetition; p is the movement progress (0 = start position, 1 = end of the working movement). */
export const PHASES = [
  { start: 0.0, end: 0.5, kind: 'hold', from: 0, to: 0 },
  { start: 0.5, end: 2.0, kind: 'concentric', from: 0, to: 1 },
  { start: 2.0, end: 2.5, kind: 'hold', from: 1, to: 1 },
  { start: 2.5, end: 4.5, kind: 'eccentric', from: 1, to: 0 },
  { start: 4.5, end: 5.0, kind: 'hold', from: 0, to: 0 },
];

/** Ease-in-out (sine): starts and ends with zero speed, so holds join the moves without a jerk. */
export const easeInOut = (x) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, x)));

/** Movement progress p at time t (seconds, wraps at 5 s). */
export function progress(t) {
  const time = ((t % SECONDS) + SECONDS) % SECONDS;
  const phase = PHASES.find((candidate) => time >= candidate.start && time < candidate.end) ?? PHASES[PHASES.length - 1];
  const x = (time - phase.start) / (phase.end - phase.start);
  return phase.from + (phase.to - phase.from) * easeInOut(x);
}

/** Progress at frame i (0-based). */
export const frameProgress = (i) => progress(i / FPS);
