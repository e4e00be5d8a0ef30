import { describe, expect, it } from 'vitest';
import { channelForWireName, channelNames, channels, pushEventNames, wireName } from '../../../common/channels';

describe('channel table', () => {
  it('names every channel and event on the wire as kiosk:<kebab-case>', () => {
    expect(channelNames.map(wireName)).toEqual([
      'kiosk:get-content',
      'kiosk:get-settings',
      'kiosk:get-start',
      'kiosk:save-settings',
      'kiosk:reset-settings',
      'kiosk:heartbeat',
      'kiosk:report-error',
      'kiosk:get-public-url',
      'kiosk:staff-status',
      'kiosk:staff-unlock',
      'kiosk:staff-lock',
      'kiosk:get-diagnostics',
      'kiosk:reload-content',
      'kiosk:restart-kiosk',
      'kiosk:quit-kiosk',
    ]);
    expect(pushEventNames.map(wireName)).toEqual(['kiosk:settings-changed', 'kiosk:content-changed', 'kiosk:status-changed', 'kiosk:force-reset']);
  });

  it('finds a channel by its wire name, and nothing for other names or prototype keys', () => {
    expect(channelForWireName('kiosk:save-settings')).toBe('saveSettings');
    for (const name of ['saveSettings', 'kiosk:constructor', 'constructor', '__proto__', 'toString', 'kiosk:settings-changed', '']) expect(channelForWireName(name)).toBeUndefined();
  });

  it('needs a staff session exactly for the channels that change or reveal the kiosk', () => {
    const staffOnly = channelNames.filter((name) => channels[name].staff).sort();
    expect(staffOnly).toEqual(['getDiagnostics', 'quitKiosk', 'reloadContent', 'resetSettings', 'restartKiosk', 'saveSettings', 'staffLock']);
  });

  it('a staff channel requires its session token beside its own fields, and nothing else', () => {
    const save = channels.saveSettings.request;
    expect(save.safeParse({ token: 't', patch: { muted: true } }).success).toBe(true);
    expect(save.safeParse({ patch: { muted: true } }).success).toBe(false);
    expect(save.safeParse({ token: '', patch: {} }).success).toBe(false);
    expect(save.safeParse({ token: 't', patch: {}, extra: 1 }).success).toBe(false);
    expect(channels.getDiagnostics.request.safeParse({ token: 't' }).success).toBe(true);
    expect(channels.getDiagnostics.request.safeParse(undefined).success).toBe(false);
  });

  it('validates each request against its schema', () => {
    expect(channels.getContent.request.safeParse({ language: 'de', station: 'seated-leg-curl' }).success).toBe(true);
    expect(channels.getContent.request.safeParse({ language: '../etc', station: 'seated-leg-curl' }).success).toBe(false);
    expect(channels.getContent.request.safeParse({ language: 'de', station: '__proto__' }).success).toBe(false);
    expect(channels.heartbeat.request.safeParse({ screen: 'home' }).success).toBe(true);
    expect(channels.heartbeat.request.safeParse({ screen: 'anything' }).success).toBe(false);
    expect(channels.getSettings.request.safeParse(undefined).success).toBe(true);
    expect(channels.getSettings.request.safeParse({}).success).toBe(false);
    expect(channels.saveSettings.request.safeParse({ token: 't', patch: { volume: 2 } }).success).toBe(false);
    expect(channels.saveSettings.request.safeParse({ token: 't', patch: { quietHours: { start: '22:00', end: '22:00' } } }).success).toBe(false);
    expect(channels.reportError.request.safeParse({ source: 'renderer', message: 'x'.repeat(2001) }).success).toBe(false);
    expect(channels.staffUnlock.request.safeParse({ pin: '1'.repeat(21) }).success).toBe(false);
  });
});
