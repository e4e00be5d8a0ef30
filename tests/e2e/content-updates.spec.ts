import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentUpdateStatus } from '../../common/diagnostics';
import { publishBundle } from '../../main/services/updates/publish-bundle';
import { generateSigningKeys, privateKeyFromPem, type SigningKeys } from '../../main/services/updates/signing-keys';
import { expect, test as base, type Page } from './support/fixtures';
import { callChannel, REPO_ROOT, staffToken, type TestKiosk } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { startNginxOrigin, type NginxOrigin } from './support/nginx-origin';
import { copyContentTo, renameStation } from './support/update-content';

/** The content team's side: a signing key, a content copy to edit, and nginx serving what they publish. */
interface Publisher {
  keys: SigningKeys;
  origin: NginxOrigin;
  siteDir: string;
  publish(stationName?: string): Promise<number>;
}

const test = base.extend<{ publisher: Publisher; trustedKey: string | null }>({
  trustedKey: [null, { option: true }],
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  publisher: async ({}, use) => {
    const workDir = await mkdtemp(join(tmpdir(), 'kiosk-origin-'));
    const siteDir = join(workDir, 'site');
    const keys = generateSigningKeys();
    const content = await copyContentTo(join(workDir, 'content'));
    const origin = await startNginxOrigin(siteDir, workDir);
    const publish = async (stationName?: string) => {
      if (stationName) await renameStation(content, stationName);
      const outcome = await publishBundle({ contentDir: content, assetsDir: join(REPO_ROOT, 'assets'), outDir: siteDir, privateKey: privateKeyFromPem(keys.privateKeyPem), channel: 'stable' });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      return outcome.manifest.version;
    };
    try {
      await use({ keys, origin, siteDir, publish });
    } finally {
      await origin.close();
      await rm(workDir, { recursive: true, force: true });
    }
  },
  kioskOptions: async ({ publisher, trustedKey }, use) => {
    await use({ env: { KIOSK_UPDATES_URL: publisher.origin.url, KIOSK_UPDATES_PUBLIC_KEY: trustedKey ?? publisher.keys.publicKey, KIOSK_UPDATES_INTERVAL_S: '5' } });
  },
});

const ORIGINAL = contentName('en', 'stations', 'seated-leg-curl');

async function updates(kiosk: TestKiosk): Promise<ContentUpdateStatus> {
  const diagnostics = await callChannel(kiosk.url, 'getDiagnostics', { token: await staffToken(kiosk.url) });
  if (!diagnostics.ok || !diagnostics.value.updates) throw new Error('the kiosk reports no content updates');
  return diagnostics.value.updates;
}

async function atAttract(page: Page, kiosk: TestKiosk): Promise<void> {
  await page.clock.install();
  await page.goto(kiosk.url);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
}

/** Lets the page's clock run, so its heartbeat tells main which screen it shows. */
async function heartbeats(page: Page, seconds = 6): Promise<void> {
  await page.clock.runFor(seconds * 1000);
}

test('a bundle published to nginx goes on screen at the next attract loop, never during a member\'s session', async ({ page, kiosk, publisher }) => {
  test.setTimeout(120_000);
  await atAttract(page, kiosk);
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  const version = await publisher.publish('Leg curl, from the fleet');
  await expect.poll(async () => (await updates(kiosk)).pending, { timeout: 30_000 }).toBe(version);
  // The member is still here: the heartbeat says "home", and the new content waits.
  await heartbeats(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL);
  // Idle time and countdown pass: back at the attract loop, the bundle goes on screen.
  await page.clock.runFor(70_000);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await heartbeats(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, from the fleet', { timeout: 15_000 });
  expect(await updates(kiosk)).toMatchObject({ runningVersion: version, pending: null, rejected: null });
});

test('a manifest with one byte changed after signing is refused; the old content stays', async ({ page, kiosk, publisher }) => {
  await atAttract(page, kiosk);
  await publisher.publish('Leg curl, tampered');
  const manifest = join(publisher.siteDir, 'channels/stable/manifest.json');
  const bytes = await readFile(manifest);
  bytes[bytes.indexOf('Z"')] = 'X'.charCodeAt(0);
  await writeFile(manifest, bytes);
  await expect.poll(async () => (await updates(kiosk)).rejected?.reason, { timeout: 30_000 }).toMatch(/^bad signature/);
  await heartbeats(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL);
});

test.describe('a kiosk that trusts another key', () => {
  test.use({ trustedKey: generateSigningKeys().publicKey });

  test('refuses the bundle as badly signed', async ({ page, kiosk, publisher }) => {
    await atAttract(page, kiosk);
    await publisher.publish('Leg curl, foreign');
    await expect.poll(async () => (await updates(kiosk)).rejected?.reason, { timeout: 30_000 }).toMatch(/^bad signature/);
    await heartbeats(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL);
  });
});

test('an older version served again is refused (no rollback attack)', async ({ page, kiosk, publisher }) => {
  test.setTimeout(90_000);
  await atAttract(page, kiosk);
  await publisher.publish('Leg curl, first');
  const first = await Promise.all(['manifest.json', 'manifest.json.sig'].map((name) => readFile(join(publisher.siteDir, 'channels/stable', name))));
  await expect.poll(async () => { await heartbeats(page, 1); return (await updates(kiosk)).runningVersion; }, { timeout: 30_000 }).toBe(1);
  await publisher.publish('Leg curl, second');
  await expect.poll(async () => { await heartbeats(page, 1); return (await updates(kiosk)).runningVersion; }, { timeout: 30_000 }).toBe(2);
  await writeFile(join(publisher.siteDir, 'channels/stable/manifest.json'), first[0] as Buffer);
  await writeFile(join(publisher.siteDir, 'channels/stable/manifest.json.sig'), first[1] as Buffer);
  await expect.poll(async () => (await updates(kiosk)).rejected?.reason, { timeout: 30_000 }).toBe('version 1 is older than the running 2');
  await heartbeats(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, second');
});

test('a file missing on the origin leaves the old content on screen and says why', async ({ page, kiosk, publisher }) => {
  await atAttract(page, kiosk);
  await publisher.publish('Leg curl, incomplete');
  const manifest = JSON.parse(await readFile(join(publisher.siteDir, 'channels/stable/manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
  const stations = manifest.files.find((file) => file.path === 'content/locales/en/stations.json');
  await rm(join(publisher.siteDir, 'objects', stations?.sha256 ?? ''));
  await expect.poll(async () => (await updates(kiosk)).lastError, { timeout: 30_000 }).toMatch(/content\/locales\/en\/stations\.json .* answered 404/);
  await heartbeats(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL);
});

test('a download the server drops halfway is resumed where it broke, then goes on screen', async ({ page, kiosk, publisher }) => {
  await atAttract(page, kiosk);
  await publisher.publish('Leg curl, resumed');
  const manifest = JSON.parse(await readFile(join(publisher.siteDir, 'channels/stable/manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
  const video = manifest.files.find((file) => file.path === 'assets/video/seated-leg-curl.webm');
  publisher.origin.breakNext(video?.sha256 ?? '-', 20_000);
  await expect.poll(async () => { await heartbeats(page, 1); return (await updates(kiosk)).runningVersion; }, { timeout: 45_000 }).toBe(1);
  const videoRequests = publisher.origin.requests.filter((request) => request.path.endsWith(video?.sha256 ?? '-'));
  expect(videoRequests.map((request) => [request.range, request.status])).toEqual([
    [undefined, 200],
    ['bytes=20000-', 206],
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, resumed', { timeout: 15_000 });
});
