import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFile, resolveKioskPaths } from '../../../../main/services/kiosk-paths';

describe('kiosk paths', () => {
  it('take a flag over the environment, over kiosk.json, over the embedded folders', () => {
    const config = { contentDir: '/srv/config-content', assetsDir: '/srv/config-assets' };
    expect(resolveKioskPaths([], {}, '/opt/kiosk')).toEqual({ contentDir: '/opt/kiosk/content', assetsDir: '/opt/kiosk/assets' });
    expect(resolveKioskPaths([], {}, '/opt/kiosk', config)).toEqual({ contentDir: '/srv/config-content', assetsDir: '/srv/config-assets' });
    expect(resolveKioskPaths([], { KIOSK_CONTENT_DIR: '/env/content' }, '/opt/kiosk', config).contentDir).toBe('/env/content');
    expect(resolveKioskPaths(['--content', '/flag/content', '--assets=/flag/assets'], { KIOSK_CONTENT_DIR: '/env/content' }, '/opt/kiosk', config)).toEqual({
      contentDir: '/flag/content',
      assetsDir: '/flag/assets',
    });
  });

  it('find the config file named by --config or KIOSK_CONFIG, else the documented place', () => {
    expect(resolveConfigFile(['--config', 'kiosk.json'], { KIOSK_CONFIG: '/env/kiosk.json' })).toEqual({ file: resolve('kiosk.json'), named: true });
    expect(resolveConfigFile([], { KIOSK_CONFIG: '/env/kiosk.json' })).toEqual({ file: '/env/kiosk.json', named: true });
    expect(resolveConfigFile([], {})).toEqual({ file: join('/etc', 'gym-floor-kiosk', 'kiosk.json'), named: false });
  });
});
