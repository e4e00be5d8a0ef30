/** Counts the channel messages a page sends (a POST to /api/<wire name>), so a test can say what one step cost. */
import type { Page } from './fixtures';

/** The wire name a channel request was sent on (`kiosk:save-settings`), or null for anything else. */
export function channelOf(url: string, method = 'POST'): string | null {
  if (method !== 'POST') return null;
  const path = decodeURIComponent(new URL(url).pathname);
  return path.startsWith('/api/') ? path.slice('/api/'.length) : null;
}

export interface ChannelTraffic {
  /** A point in the record: what count() counts from. */
  mark(): number;
  /** How many messages on this wire the page sent since the mark (from the start without one). */
  count(wire: string, since?: number): number;
  /** Every wire name sent since the mark, in order, for failure messages. */
  sent(since?: number): string[];
}

/** Starts recording every channel message the page sends from now on. */
export function recordChannelTraffic(page: Page): ChannelTraffic {
  const sent: string[] = [];
  page.on('request', (request) => {
    const wire = channelOf(request.url(), request.method());
    if (wire) sent.push(wire);
  });
  return {
    mark: () => sent.length,
    count: (wire, since = 0) => sent.slice(since).filter((entry) => entry === wire).length,
    sent: (since = 0) => sent.slice(since),
  };
}
