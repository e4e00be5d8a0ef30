import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ScreenName } from '../../../../../common/screens';
import { createAppUpdatePolicy } from '../../../../../main/services/updates/app-update-policy';

/** electron-updater's AppUpdater as far as the policy uses it: events, a check and the install. */
class FakeUpdater extends EventEmitter {
  checkForUpdates = vi.fn(async () => null);
  quitAndInstall = vi.fn();
}

function setup(at = '2026-11-25T15:00:00') {
  const updater = new FakeUpdater();
  const state = { screen: 'home' as ScreenName | null, resting: false, now: new Date(at) };
  const policy = createAppUpdatePolicy({ updater, screen: () => state.screen, isResting: () => state.resting, installHour: 3, now: () => state.now, log: vi.fn() });
  return { updater, state, policy };
}

describe('app update policy', () => {
  it('installs nothing before an update is downloaded', () => {
    const { updater, state, policy } = setup();
    state.screen = 'sleep';
    expect(policy.installIfGoodMoment()).toBe(false);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('never installs during a member\'s session, even in the install hour', () => {
    const { updater, state, policy } = setup('2026-11-25T03:20:00');
    updater.emit('update-downloaded', { version: '0.2.0' });
    for (const screen of ['home', 'exercise', 'muscle', 'staff'] as const) {
      state.screen = screen;
      expect(policy.installIfGoodMoment()).toBe(false);
    }
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(policy.waiting()).toBe('0.2.0');
  });

  it('installs while the kiosk sleeps, silently, and starts it again', () => {
    const { updater, state, policy } = setup();
    updater.emit('update-downloaded', { version: '0.2.0' });
    state.screen = 'sleep';
    state.resting = true;
    expect(policy.installIfGoodMoment()).toBe(true);
    expect(updater.quitAndInstall).toHaveBeenCalledWith(true, true);
    expect(policy.installIfGoodMoment()).toBe(false);
  });

  it('on a kiosk that never sleeps, installs at rest only in the install hour', () => {
    const { updater, state, policy } = setup('2026-11-25T15:00:00');
    updater.emit('update-downloaded', { version: '0.2.0' });
    state.screen = 'attract';
    state.resting = true;
    expect(policy.installIfGoodMoment()).toBe(false);
    state.now = new Date('2026-11-26T03:05:00');
    expect(policy.installIfGoodMoment()).toBe(true);
  });

  it('logs a failed check instead of throwing', async () => {
    const { updater, policy } = setup();
    updater.checkForUpdates.mockRejectedValueOnce(new Error('offline'));
    await expect(policy.check()).resolves.toBeUndefined();
  });
});
