/** Types for floor-server.mjs (the e2e test of the interaction floor uses it). */
export function startFloorServer(options: { pages: Record<string, string>; assetsDir: string }): Promise<{ url: string; close(): Promise<void> }>;
