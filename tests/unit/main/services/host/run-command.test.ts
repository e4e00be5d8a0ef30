import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../../../main/services/host/run-command';

describe('operator commands', () => {
  it('runs a command line and logs how it ended, with its last line of output', async () => {
    const log = vi.fn();
    expect(await runCommand('echo switching off; exit 3', log)).toBe(3);
    expect(log).toHaveBeenCalledWith('"echo switching off; exit 3" exited with 3: switching off');
  });

  it('stops a command that hangs, and never throws for one that is not there', async () => {
    const log = vi.fn();
    expect(await runCommand('sleep 30', log, 200)).toBeNull();
    expect(log.mock.calls[0]?.[0]).toMatch(/was stopped \(SIGTERM\)/);
    expect(await runCommand('no-such-display-tool --off', log)).toBe(127);
  });
});
