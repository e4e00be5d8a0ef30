import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_TIMEOUT_MS, IDLE_GRACE_SECONDS } from '../../../common/idle-policy';
import { createRendererWatchdog, WATCHDOG_CHECK_MS } from '../../../main/renderer-watchdog';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(systemIdle = 0) {
  const state = { systemIdle };
  const reload = vi.fn();
  const forceReset = vi.fn();
  const watchdog = createRendererWatchdog({
    now: () => Date.now(),
    systemIdleSeconds: () => state.systemIdle,
    settings: () => ({ idleTimeoutSeconds: 60, idleCountdownSeconds: 10, attractLoop: true }),
    reload,
    forceReset,
    log: vi.fn(),
  });
  watchdog.start();
  return { watchdog, reload, forceReset, state };
}

describe('renderer watchdog', () => {
  it('reloads a page whose heartbeat stops', () => {
    const { watchdog, reload } = setup();
    watchdog.beat({ screen: 'home' });
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS + WATCHDOG_CHECK_MS);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('leaves a healthy page alone, however long it runs', () => {
    const { watchdog, reload } = setup();
    for (let second = 0; second < 3600; second += 5) {
      watchdog.beat({ screen: 'attract' });
      vi.advanceTimersByTime(5_000);
    }
    expect(reload).not.toHaveBeenCalled();
  });

  it('forces the idle reset once when a member screen outlasts the idle time, and not on the attract loop', () => {
    const { watchdog, forceReset, state } = setup();
    watchdog.beat({ screen: 'exercise' });
    state.systemIdle = 60 + 10 + IDLE_GRACE_SECONDS - 1;
    watchdog.check();
    expect(forceReset).not.toHaveBeenCalled();
    state.systemIdle += 1;
    watchdog.check();
    watchdog.check();
    expect(forceReset).toHaveBeenCalledOnce();

    watchdog.beat({ screen: 'attract' });
    state.systemIdle = 10_000;
    watchdog.check();
    expect(forceReset).toHaveBeenCalledOnce();
  });

  it('gives the staff panel its own two minutes', () => {
    const { watchdog, forceReset, state } = setup();
    watchdog.beat({ screen: 'staff' });
    state.systemIdle = 100;
    watchdog.check();
    expect(forceReset).not.toHaveBeenCalled();
    state.systemIdle = 120 + IDLE_GRACE_SECONDS;
    watchdog.check();
    expect(forceReset).toHaveBeenCalledOnce();
  });

  it('leaves the sleep screen alone, however long nobody touches it', () => {
    const { watchdog, forceReset, state } = setup();
    watchdog.beat({ screen: 'sleep' });
    state.systemIdle = 8 * 3600;
    watchdog.check();
    expect(forceReset).not.toHaveBeenCalled();
  });
});
