/** The web export's address for the QR codes: KIOSK_PUBLIC_URL, which wins, or kiosk.json's publicUrl. */
import { siteBase } from '../../../common/web-pages';
import type { Problem } from '../../../common/result';
import { issuesToProblems } from '../problems';
import { publicUrlSchema } from './operator-config-schema';

export interface PublicUrlSetup {
  /** With one trailing slash; null: no QR code. */
  publicUrl: string | null;
  problems: Problem[];
}

/** `configured` was already checked with the file; the environment is checked here, with the same rule. */
export function publicUrlSetup(configured: string | undefined, env: NodeJS.ProcessEnv): PublicUrlSetup {
  const fromEnv = env.KIOSK_PUBLIC_URL;
  if (fromEnv === undefined || fromEnv === '') return { publicUrl: configured ? siteBase(configured) : null, problems: [] };
  const parsed = publicUrlSchema.safeParse(fromEnv);
  if (parsed.success) return { publicUrl: siteBase(parsed.data), problems: [] };
  // A wrong override shows no code rather than the file's: a phone must never be sent where the operator did not mean.
  const problems = issuesToProblems(parsed.error, 'KIOSK_PUBLIC_URL').map((problem) => ({ ...problem, field: 'publicUrl', reason: `${problem.reason}; no QR code is shown` }));
  return { publicUrl: null, problems };
}
