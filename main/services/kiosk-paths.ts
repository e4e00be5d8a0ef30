/** Where the kiosk finds its content and media: flags win over environment, then the embedded folders. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface KioskPaths {
  contentDir: string;
  assetsDir: string;
}

/** The command-line options every entry point understands; unknown ones are left to their entry point. */
export function readKioskFlags(argv: readonly string[]): Record<string, string | undefined> {
  const { values } = parseArgs({
    args: [...argv],
    options: { content: { type: 'string' }, assets: { type: 'string' }, settings: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]));
}

/**
 * `--content DIR` or KIOSK_CONTENT_DIR points at an operator's content folder; its media come from
 * `--assets DIR` or KIOSK_ASSETS_DIR, else the embedded assets.
 */
export function resolveKioskPaths(argv: readonly string[], env: NodeJS.ProcessEnv, embeddedRoot: string): KioskPaths {
  const flags = readKioskFlags(argv);
  return {
    contentDir: resolve(flags.content ?? env.KIOSK_CONTENT_DIR ?? resolve(embeddedRoot, 'content')),
    assetsDir: resolve(flags.assets ?? env.KIOSK_ASSETS_DIR ?? resolve(embeddedRoot, 'assets')),
  };
}
