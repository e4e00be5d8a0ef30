/** Types for the part of measures.mjs the unit tests use. */
export function initialJsBytes(rendererDir: string): Promise<{ bytes: number; files: string[] }>;
