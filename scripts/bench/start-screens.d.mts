/** Types for start-screens.mjs (the e2e test of the start-up floor uses it). */
import type { Browser } from 'playwright-core';
import type { MemberScreens } from './member-screens.mjs';

export interface StartScreens extends MemberScreens {
  screens: { attract: string; home: string };
}
export function takeStartScreens(browser: Browser, url: string, options?: { awakeTemplateId?: string }): Promise<StartScreens>;
