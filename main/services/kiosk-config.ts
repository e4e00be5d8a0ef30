/** Where the kiosk finds its content, media and settings: flags win over environment, then defaults. */
import { resolve } from 'node:path';

export interface KioskPaths {
  contentDir: string;
  assetsDir: string;
}

/** Reads `--name value` or `--name=value` from a command line. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === `--${name}`) return argv[index + 1];
    if (arg.startsWith(prefix)) return arg.slice(prefix.length);
  }
  return undefined;
}

/**
 * `--content DIR` or KIOSK_CONTENT_DIR points at an operator's content folder; its media come from
 * `--assets DIR` or KIOSK_ASSETS_DIR, else the embedded assets.
 */
export function resolveKioskPaths(argv: readonly string[], env: NodeJS.ProcessEnv, embeddedRoot: string): KioskPaths {
  const contentDir = readFlag(argv, 'content') ?? env.KIOSK_CONTENT_DIR;
  const assetsDir = readFlag(argv, 'assets') ?? env.KIOSK_ASSETS_DIR;
  return {
    contentDir: resolve(contentDir ?? resolve(embeddedRoot, 'content')),
    assetsDir: resolve(assetsDir ?? resolve(embeddedRoot, 'assets')),
  };
}
