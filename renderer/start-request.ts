/**
 * The start request (settings and the first content), sent as soon as the bridge exists: before React and i18next
 * have started, so the answer is on its way while they do. The first useKioskContent takes it; a retry asks anew.
 */
import type { KioskBridge, StartState } from '../common/channels';
import type { Result } from '../common/result';

let early: Promise<Result<StartState>> | null = null;

export function sendStartRequest(bridge: KioskBridge): void {
  early ??= bridge.getStart();
}

/** The request sent early, once; after that (a retry, another bridge) a new one. */
export function takeStartRequest(bridge: KioskBridge): Promise<Result<StartState>> {
  const request = early ?? bridge.getStart();
  early = null;
  return request;
}
