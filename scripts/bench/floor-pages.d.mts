/** Types for floor-pages.mjs (the e2e test of the interaction floor uses it). */
import type { MemberScreens } from './member-screens.mjs';

export function makeStartupFloorPage(options: { contentDir: string; stationId?: string; language?: string; mediaPrefix?: string }): Promise<string>;
export function makeInteractionFloorPage(options: MemberScreens & { title: string }): string;
