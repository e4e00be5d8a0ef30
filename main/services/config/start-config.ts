/** Reads the operator's config the way every entry point does: --config or KIOSK_CONFIG, else the documented place. */
import { join } from 'node:path';
import { resolveConfigFile } from '../kiosk-paths';
import { loadOperatorConfig, type LoadedOperatorConfig } from './operator-config';
import { operatorSetup, type OperatorSetup } from './operator-setup';

export interface StartConfig {
  loaded: LoadedOperatorConfig;
  operator: OperatorSetup;
}

/** `dataDir` holds the last good copy of the config, beside the settings. */
export async function readStartConfig(argv: readonly string[], env: NodeJS.ProcessEnv, dataDir: string): Promise<StartConfig> {
  const { file, named } = resolveConfigFile(argv, env);
  const loaded = await loadOperatorConfig({ file, named, lastGoodFile: join(dataDir, 'kiosk.last-good.json') });
  return { loaded, operator: operatorSetup(loaded, env) };
}
