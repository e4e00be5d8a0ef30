/** Types for live-listeners.mjs, so the TypeScript browser tests can import it. */
import type { CDPSession } from 'playwright-core';
export declare function countLiveListeners(cdp: CDPSession): Promise<number>;
