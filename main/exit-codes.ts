/**
 * How the kiosk ends when a supervisor (systemd under cage, Windows Shell Launcher) runs it: it never relaunches
 * itself there, it exits with one of these codes and the supervisor starts it again.
 */
export const EXIT_CODES = {
  /** Staff chose "Exit the kiosk". */
  quit: 0,
  /** The kiosk could not start (sysexits EX_SOFTWARE). */
  startFailed: 70,
  /** Staff chose "Restart the kiosk" (sysexits EX_TEMPFAIL: try again). */
  restart: 75,
} as const;

/** KIOSK_SUPERVISED=1 in the kiosk's environment says a supervisor restarts it. */
export function isSupervised(env: NodeJS.ProcessEnv): boolean {
  return env.KIOSK_SUPERVISED === '1';
}
