/** Types for floor-pages.mjs (the e2e tests of the floor pages use it). */
import type { MemberScreens } from './member-screens.mjs';

export function makeMinimalStartupPage(options: { contentDir: string; stationId?: string; language?: string; mediaPrefix?: string }): Promise<string>;
export function makeStartupFloorPage(options: MemberScreens & { title: string }): string;
export function makeInteractionFloorPage(options: MemberScreens & { title: string }): string;
