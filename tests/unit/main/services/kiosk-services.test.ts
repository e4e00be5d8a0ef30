import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../common/default-settings';
import { createPreviewHost } from '../../../../main/preview/preview-host';
import { operatorWithoutConfig } from '../../../../main/services/config/operator-setup';
import { startKioskServices } from '../../../../main/services/kiosk-services';
import { useTempDir } from '../../../support/temp-dir';

const dir = useTempDir('kiosk-services');

async function start(initialStaffPin?: string) {
  return startKioskServices({ contentDir: 'content', assetsDir: 'assets', settingsFile: join(dir(), 'settings.json'), host: createPreviewHost(), operator: operatorWithoutConfig(initialStaffPin ? { KIOSK_STAFF_PIN: initialStaffPin } : {}) });
}

describe('kiosk services', () => {
  it('keep the staff PIN when the settings file is corrupt: each store owns its own file', async () => {
    const first = await start('2468');
    expect((await first.staff.unlock('2468')).ok).toBe(true);
    await writeFile(join(dir(), 'settings.json'), '{"defaultLanguage": "de", "volume": "loud"');
    const restarted = await start();
    expect(restarted.settings.get()).toEqual(defaultSettings);
    expect(restarted.startupProblems.some((problem) => problem.file === 'settings.json')).toBe(true);
    expect((await restarted.staff.unlock('2468')).ok).toBe(true);
  });

  it('keep the staff PIN when one setting is hand-edited wrong', async () => {
    await start('2468');
    await writeFile(join(dir(), 'settings.json'), JSON.stringify({ idleTimeoutSeconds: 'sixty' }));
    const restarted = await start();
    expect(restarted.settings.problems()[0]?.reason).toMatch(/^field idleTimeoutSeconds /);
    expect((await restarted.staff.unlock('2468')).ok).toBe(true);
    expect(JSON.parse(await readFile(join(dir(), 'staff.json'), 'utf8')).pin.algorithm).toBe('scrypt');
  });

  it('push a settings change to listeners after a staff save, and the latest settings to a late one', async () => {
    const services = await start('2468');
    const seen: unknown[] = [];
    services.events.subscribe((event, payload) => event === 'settingsChanged' && seen.push(payload));
    const unlocked = await services.dispatch('kiosk:staff-unlock', { pin: '2468' });
    const token = unlocked.ok ? (unlocked.value as { token: string }).token : '';
    await services.dispatch('kiosk:save-settings', { token, patch: { volume: 0.3 } });
    expect(seen).toEqual([{ ...defaultSettings, volume: 0.3 }]);
    const late: unknown[] = [];
    services.events.subscribe((event, payload) => late.push([event, payload]), { replayLatest: true });
    expect(late).toContainEqual(['settingsChanged', { ...defaultSettings, volume: 0.3 }]);
    expect(late).toContainEqual(['contentChanged', { version: services.content.status().version }]);
  });

  it('tell the page where the web export is (kiosk.json\'s publicUrl or KIOSK_PUBLIC_URL), or that there is none', async () => {
    expect(await (await start()).dispatch('kiosk:get-public-url', undefined)).toEqual({ ok: true, value: null });
    const services = await startKioskServices({ contentDir: 'content', assetsDir: 'assets', settingsFile: join(dir(), 'settings.json'), host: createPreviewHost(), operator: operatorWithoutConfig({ KIOSK_PUBLIC_URL: 'https://gym.example.com/exercises' }) });
    expect(await services.dispatch('kiosk:get-public-url', undefined)).toEqual({ ok: true, value: 'https://gym.example.com/exercises/' });
  });

  it('answer restart and quit in the preview with a refusal that says why, never a silent ok', async () => {
    const services = await start('2468');
    const unlocked = await services.dispatch('kiosk:staff-unlock', { pin: '2468' });
    const token = unlocked.ok ? (unlocked.value as { token: string }).token : '';
    expect(await services.dispatch('kiosk:restart-kiosk', { token })).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringContaining('npm run preview') } });
    expect(await services.dispatch('kiosk:quit-kiosk', { token })).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringContaining('Ctrl+C') } });
  });

  it('refuse settings to the page while kiosk.json is broken with no good copy, naming its problems', async () => {
    const problems = [{ severity: 'error' as const, file: 'kiosk.json', field: 'rotation', reason: 'must be 0, 90, 180 or 270' }];
    const services = await startKioskServices({ contentDir: 'content', assetsDir: 'assets', settingsFile: join(dir(), 'settings.json'), host: createPreviewHost(), operator: { settings: {}, problems, blocking: true } });
    expect(await services.dispatch('kiosk:get-settings', undefined)).toMatchObject({ ok: false, error: { code: 'settings-invalid', problems } });
    const replayed: string[] = [];
    services.events.subscribe((event) => replayed.push(event), { replayLatest: true });
    expect(replayed).not.toContain('settingsChanged');
  });
});
