/** Types for find-chromium.mjs, so the TypeScript test configs can import it. */
export declare const NO_CHROMIUM_MESSAGE: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
