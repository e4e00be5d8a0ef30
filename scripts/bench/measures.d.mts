/** Types for the part of measures.mjs the tests use. */
export function initialJsBytes(rendererDir: string): Promise<{ bytes: number; files: string[] }>;
export const VIEWPORT: { width: number; height: number };
/** The three taps of a member's round: from which screen, on what, to which screen. */
export const ROUND: { from: string; target: string; to: string }[];
