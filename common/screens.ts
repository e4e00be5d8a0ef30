/** The names each screen's root carries as data-screen; the heartbeat reports one of them. */
export const SCREEN_NAMES = ['loading', 'attract', 'home', 'muscle', 'exercise', 'guide', 'credits', 'staff', 'error', 'sleep'] as const;

export type ScreenName = (typeof SCREEN_NAMES)[number];

/** True for a data-screen value the kiosk knows. */
export function isScreenName(value: string | null | undefined): value is ScreenName {
  return (SCREEN_NAMES as readonly string[]).includes(value ?? '');
}
