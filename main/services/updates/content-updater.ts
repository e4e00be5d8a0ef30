/**
 * Keeps a kiosk's content current from the static origin: checks now and then (with jitter, so a fleet does not
 * knock at once), takes a new version only when its signature, every hash and the content checks are right and
 * it is newer than the one running, and switches to it only while the kiosk rests (attract loop or sleep).
 */
import type { KeyObject } from 'node:crypto';
import type { ContentUpdateStatus } from '../../../common/diagnostics';
import { formatProblem } from '../../../common/result';
import type { ContentFolders, LoadOutcome } from '../content/content-loader';
import { parseJsonText } from '../files/json-file';
import { describeFirstIssue } from '../problems';
import { manifestSchema } from './bundle-manifest';
import { OriginError, type OriginClient } from './origin-client';
import { HashMismatchError, type ReleaseStore } from './release-store';
import { verifyBytes } from './signing-keys';

export interface ContentUpdaterOptions {
  origin: OriginClient;
  publicKey: KeyObject;
  channel: string;
  store: ReleaseStore;
  /** The version in use at start (null: the embedded or configured content). */
  runningVersion: number | null;
  intervalMs: number;
  /** Runs the kiosk's content checks on a staged release. */
  check: (folders: ContentFolders) => Promise<LoadOutcome>;
  /** Puts a checked release on screen; false when it did not load after all. */
  apply: (folders: ContentFolders) => Promise<boolean>;
  /** True while the kiosk rests (attract loop or sleep screen), never during a member's session. */
  isResting: () => boolean;
  log: (message: string) => void;
  now?: () => Date;
  random?: () => number;
}

export interface ContentUpdater {
  /** One check now; resolves when it is done (never rejects). */
  checkNow(): Promise<void>;
  /** Switches to a staged release if there is one and the kiosk rests now. */
  applyIfResting(): Promise<void>;
  status(): ContentUpdateStatus;
  start(): void;
  stop(): void;
}

export function createContentUpdater(options: ContentUpdaterOptions): ContentUpdater {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const status: ContentUpdateStatus = { runningVersion: options.runningVersion, lastCheck: null, lastError: null, rejected: null, pending: null };
  let etag: string | null = null;
  let pending: { version: number; folders: ContentFolders } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checking: Promise<void> | null = null;
  let applying = false;

  const reject = (version: number | null, reason: string) => {
    status.rejected = { version, reason };
    status.lastError = reason;
    options.log(`content update${version === null ? '' : ` ${version}`} refused: ${reason}`);
  };

  async function check(): Promise<void> {
    status.lastCheck = now().toISOString();
    const answer = await options.origin.manifest(etag);
    if (!answer.bytes) {
      status.lastError = null;
      return;
    }
    const signature = await options.origin.signature();
    if (!verifyBytes(answer.bytes, signature, options.publicKey)) return reject(null, 'bad signature: the manifest is not signed by the key this kiosk trusts');
    const json = parseJsonText(answer.bytes.toString('utf8'));
    const parsed = json.ok ? manifestSchema.safeParse(json.data) : null;
    if (!parsed?.success) return reject(null, `the manifest is not valid (${json.ok && parsed ? describeFirstIssue(parsed.error) : 'not JSON'})`);
    const manifest = parsed.data;
    if (manifest.channel !== options.channel) return reject(manifest.version, `it is for channel "${manifest.channel}", this kiosk follows "${options.channel}"`);
    const running = status.runningVersion ?? 0;
    if (manifest.version <= running) {
      // The same version again is nothing new; an older one is an attempt to go back, and is refused.
      if (manifest.version < running) return reject(manifest.version, `version ${manifest.version} is older than the running ${running}`);
      etag = answer.etag;
      status.lastError = null;
      return;
    }
    if (pending?.version === manifest.version) return;
    let folders: ContentFolders;
    try {
      folders = await options.store.stage(manifest, (file, partial) => options.origin.object(file, partial));
    } catch (error) {
      // A broken download is no verdict on the version: the next check resumes it.
      if (error instanceof OriginError) {
        status.lastError = error.message;
        options.log(`content update ${manifest.version} not complete yet: ${error.message}`);
        return;
      }
      return reject(manifest.version, error instanceof HashMismatchError ? `hash mismatch: ${error.message}` : (error as Error).message);
    }
    const checked = await options.check(folders);
    if (!checked.ok) {
      const first = checked.problems.find((problem) => problem.severity === 'error');
      return reject(manifest.version, `content problem: ${first ? formatProblem(first) : 'the content does not load'}`);
    }
    etag = answer.etag;
    status.lastError = null;
    pending = { version: manifest.version, folders };
    status.pending = manifest.version;
    options.log(`content update ${manifest.version} is ready; it goes on screen at the next rest`);
    await applyIfResting();
  }

  async function applyIfResting(): Promise<void> {
    if (!pending || applying || !options.isResting()) return;
    applying = true;
    const next = pending;
    try {
      if (!(await options.apply(next.folders))) return reject(next.version, 'content problem: it did not load when switched to');
      await options.store.activate(next.version);
      status.runningVersion = next.version;
      pending = null;
      status.pending = null;
      options.log(`content update ${next.version} is on screen`);
      await options.store.prune().catch(() => undefined);
    } finally {
      applying = false;
    }
  }

  const checkNow = (): Promise<void> => {
    checking ??= check()
      .catch((error: Error) => {
        status.lastError = error.message;
        options.log(`content update check failed: ${error.message}`);
      })
      .finally(() => {
        checking = null;
      });
    return checking;
  };

  const schedule = () => {
    // ±20 %, so hundreds of kiosks started together spread out over the interval.
    timer = setTimeout(() => void checkNow().then(schedule), options.intervalMs * (0.8 + 0.4 * random()));
  };

  return {
    checkNow,
    applyIfResting,
    status: () => ({ ...status, rejected: status.rejected && { ...status.rejected } }),
    start() {
      void checkNow().then(schedule);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
