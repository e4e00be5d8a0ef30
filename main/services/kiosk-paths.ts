/** Where the kiosk finds its config, content and media: flags win over environment, over the config file, over the embedded folders. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfigFile } from './config/operator-config';

export interface KioskPaths {
  contentDir: string;
  assetsDir: string;
}

/** The command-line options every entry point understands; unknown ones are left to their entry point. */
export function readKioskFlags(argv: readonly string[]): Record<string, string | undefined> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      config: { type: 'string' },
      content: { type: 'string' },
      assets: { type: 'string' },
      settings: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]));
}

/** `--config FILE` or KIOSK_CONFIG, else the documented default; `named` when the operator named one. */
export function resolveConfigFile(argv: readonly string[], env: NodeJS.ProcessEnv): { file: string; named: boolean } {
  const named = readKioskFlags(argv).config ?? env.KIOSK_CONFIG;
  return named ? { file: resolve(named), named: true } : { file: defaultConfigFile(env), named: false };
}

/**
 * `--content DIR` or KIOSK_CONTENT_DIR points at an operator's content folder (else contentDir in kiosk.json);
 * its media come from `--assets DIR` or KIOSK_ASSETS_DIR (else assetsDir), else the embedded folders.
 */
export function resolveKioskPaths(argv: readonly string[], env: NodeJS.ProcessEnv, embeddedRoot: string, config: Partial<KioskPaths> = {}): KioskPaths {
  const flags = readKioskFlags(argv);
  return {
    contentDir: resolve(flags.content ?? env.KIOSK_CONTENT_DIR ?? config.contentDir ?? resolve(embeddedRoot, 'content')),
    assetsDir: resolve(flags.assets ?? env.KIOSK_ASSETS_DIR ?? config.assetsDir ?? resolve(embeddedRoot, 'assets')),
  };
}
