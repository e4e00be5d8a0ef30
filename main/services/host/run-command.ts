/** Runs an operator's command line (kiosk.json's display commands): never throws, never hangs, says how it went. */
import { spawn } from 'node:child_process';

/** A display command that takes longer than this is stopped. */
export const COMMAND_TIMEOUT_MS = 15_000;

export function runCommand(command: string, log: (message: string) => void, timeoutMs = COMMAND_TIMEOUT_MS): Promise<number | null> {
  return new Promise((resolve) => {
    let output = '';
    // Its own process group, so a stop reaches what the shell started too (a hung `cec-client`), not the shell alone.
    const ownGroup = process.platform !== 'win32';
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup, windowsHide: true });
    const stop = setTimeout(() => {
      try {
        if (ownGroup && child.pid) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    const keep = (chunk: Buffer) => (output = `${output}${chunk.toString('utf8')}`.slice(-500));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearTimeout(stop);
      log(`"${command}" could not run: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code, signal) => {
      clearTimeout(stop);
      const how = signal ? `was stopped (${signal})` : `exited with ${code}`;
      log(`"${command}" ${how}${output.trim() ? `: ${output.trim().split('\n').at(-1)}` : ''}`);
      resolve(signal ? null : code);
    });
  });
}
