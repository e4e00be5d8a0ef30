/** Types for the part of measures.mjs the tests use. */
export function initialJsBytes(rendererDir: string): Promise<{ bytes: number; files: string[] }>;
export const VIEWPORT: { width: number; height: number };
/** The three taps of a member's round: from which screen, on what, to which screen. */
export const ROUND: { from: string; target: string; to: string }[];
/** Event Timing's step: durations come rounded to the nearest multiple of it. */
export const EVENT_TIMING_STEP_MS: number;
/** A percentile (`share` 0–1) of durations reported in `step`s, read as grouped data. */
export function steppedPercentile(values: number[], share: number, step?: number): number;
/** A percentile (`share` 0–1) by linear interpolation between the sorted values. */
export function percentile(values: number[], share: number): number;
