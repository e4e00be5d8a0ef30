/** Types for member-screens.mjs (the e2e test of the interaction floor uses it). */
import type { Browser, Page } from 'playwright-core';

export interface MemberScreens {
  shell: { root: string; htmlAttributes: [string, string][]; css: string };
  screens: Record<string, string>;
}
export function takeMemberScreens(browser: Browser, url: string, options: { reach(page: Page): Promise<void> }): Promise<MemberScreens>;
