/** Where content updates come from: kiosk.json's `updates`, or KIOSK_UPDATES_* in the environment, which win. */
import type { KeyObject } from 'node:crypto';
import type { Problem } from '../../../common/result';
import type { OperatorConfig } from '../config/operator-config-schema';
import { isAllowedOrigin } from './origin-client';
import { publicKeyFromLine } from './signing-keys';

export const DEFAULT_INTERVAL_MINUTES = 15;
/** 03:00–04:00 local time: the quietest hour of a 24-hour gym. */
export const DEFAULT_INSTALL_HOUR = 3;
/** Tests may check every few seconds; a fleet should not. */
export const MIN_INTERVAL_SECONDS = 5;

export interface UpdatesSetup {
  url: string;
  publicKey: KeyObject;
  channel: string;
  intervalMs: number;
  /** The hour in which a kiosk that never sleeps may install an app update at rest. */
  installHour: number;
}

/** The setup, or null with the reason when updates are asked for but cannot run; null and no problem when not asked for. */
export function updatesSetup(config: OperatorConfig['updates'], env: NodeJS.ProcessEnv): { setup: UpdatesSetup | null; problems: Problem[] } {
  const url = env.KIOSK_UPDATES_URL ?? config?.url;
  const keyLine = env.KIOSK_UPDATES_PUBLIC_KEY ?? config?.publicKey;
  if (!url && !keyLine) return { setup: null, problems: [] };
  const problem = (field: string, reason: string) => ({ setup: null, problems: [{ severity: 'error' as const, file: env.KIOSK_UPDATES_URL ? 'KIOSK_UPDATES_*' : 'kiosk.json', field, reason: `${reason}; content updates are off` }] });
  if (!url || !isAllowedOrigin(url)) return problem('updates.url', url ? 'must be an https:// address (plain http only on this machine)' : 'is missing');
  const publicKey = keyLine ? publicKeyFromLine(keyLine) : null;
  if (!publicKey) return problem('updates.publicKey', keyLine ? 'is not the Ed25519 public key content:keygen printed' : 'is missing');
  const seconds = env.KIOSK_UPDATES_INTERVAL_S ? Number(env.KIOSK_UPDATES_INTERVAL_S) : (config?.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES) * 60;
  if (!Number.isFinite(seconds) || seconds < MIN_INTERVAL_SECONDS) return problem('updates.intervalMinutes', `must be at least ${MIN_INTERVAL_SECONDS} seconds`);
  return { setup: { url, publicKey, channel: config?.channel ?? 'stable', intervalMs: seconds * 1000, installHour: config?.installHour ?? DEFAULT_INSTALL_HOUR }, problems: [] };
}
