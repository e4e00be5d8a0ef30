import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, editJson } from '../../../support/content-copy';
import { useTempDir } from '../../../support/temp-dir';

// The command operators run: `npm run content:check [DIR]`, i.e. the built checker.
const CHECKER = 'build/main/content-check.cjs';
const dir = useTempDir('kiosk-check-cli');

function check(...args: string[]) {
  const run = spawnSync(process.execPath, [CHECKER, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout };
}

/** The checker on a machine without ffmpeg: nothing on PATH (node itself is started by its full path). */
function checkWithoutFfmpeg(...args: string[]) {
  const run = spawnSync(process.execPath, [CHECKER, ...args], { encoding: 'utf8', env: { ...process.env, PATH: '' } });
  return { code: run.status, out: run.stdout };
}

function sh(command: string, args: string[]): void {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
}

beforeAll(() => {
  if (!existsSync(CHECKER)) throw new Error(`${CHECKER} is missing: run "npm run build" first (npm test does).`);
});

// Each test runs the checker as a process, which measures every cue's loudness with ffmpeg: 13–18 s a check on a
// loaded 2-core machine, and one test runs two.
describe('content:check', { timeout: 90_000 }, () => {
  it('passes the embedded content with exit code 0 and a summary', () => {
    const { code, out } = check();
    expect(code).toBe(0);
    expect(out).toMatch(/: 0 errors, 0 warnings\.\n$/);
  });

  it('prints one line per problem with file, field and reason, and exits 1 on errors', async () => {
    const content = await copyContent(dir());
    await editJson(join(content, 'exercises/kickback.json'), (data) => (data.video.phases[0].end = 7));
    await editJson(join(content, 'stations/cable-station.json'), (data) => (data.targetMuscles = ['gluteus-minimus']));
    const { code, out } = check(content);
    expect(code).toBe(1);
    expect(out).toContain('error    exercises/kickback.json › video.phases[0].end: 7 s is after the end of the video (5 s)');
    expect(out).toContain('error    stations/cable-station.json › targetMuscles[0]: names muscle "gluteus-minimus", which does not exist');
    expect(out).toMatch(/: \d+ errors?, 0 warnings\.\n$/);
    expect(out.split('\n').filter((line) => line.startsWith('error')).length).toBeGreaterThanOrEqual(2);
  });

  it('a WebM cut to a few hundred bytes is one error line and exit code 1, not a crash', async () => {
    const content = await copyContent(dir());
    const assets = join(dir(), 'assets');
    await cp('assets', assets, { recursive: true });
    const video = join(assets, 'video', 'kickback.webm');
    await writeFile(video, (await readFile(video)).subarray(0, 300));
    const { code, out } = check(content, '--assets', assets);
    expect(code).toBe(1);
    const errors = out.split('\n').filter((line) => line.startsWith('error'));
    expect(errors).toEqual([expect.stringMatching(/^error {4}exercises\/kickback\.json › video\.(file|durationSeconds): .*"video\/kickback\.webm"/)]);
    expect(errors.join('\n')).not.toContain(dir());
  });

  it('an unknown option is refused with one sentence and exit code 2', () => {
    const run = spawnSync(process.execPath, [CHECKER, '--strcit'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^The content check could not run: .*--strcit/);
  });

  it('warnings (a missing translation) pass, unless --strict', async () => {
    const content = await copyContent(dir());
    await editJson(join(content, 'locales/es/stations.json'), (data) => delete data['cable-station']);
    expect(check(content).code).toBe(0);
    const strict = check(content, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('warning  locales/es/stations.json › cable-station: has no text yet; the kiosk shows the en text');
  });

  it('a breathing tone 12 dB louder than the other cues is one error line with its figures, measured with ffmpeg', { timeout: 60_000 }, async () => {
    const assets = join(dir(), 'assets');
    await cp('assets', assets, { recursive: true });
    const folder = join(assets, 'audio', 'en');
    const [start, length] = (JSON.parse(await readFile(join(folder, 'prompts.json'), 'utf8')) as { sprite: Record<string, [number, number]> }).sprite['tone-inhale'] ?? [0, 0];
    const wav = (name: string) => join(dir(), `${name}.wav`);
    sh('ffmpeg', ['-y', '-v', 'error', '-i', join(folder, 'prompts.webm'), '-ac', '1', '-ar', '48000', wav('whole')]);
    sh('sox', [wav('whole'), wav('before'), 'trim', '0', `=${start / 1000}`]);
    sh('sox', [wav('whole'), wav('cue'), 'trim', `${start / 1000}`, `${length / 1000}`, 'gain', '12']);
    sh('sox', [wav('whole'), wav('after'), 'trim', `=${(start + length) / 1000}`]);
    sh('sox', [wav('before'), wav('cue'), wav('after'), wav('changed')]);
    sh('ffmpeg', ['-y', '-v', 'error', '-i', wav('changed'), '-c:a', 'libopus', join(folder, 'prompts.webm')]);
    sh('ffmpeg', ['-y', '-v', 'error', '-i', wav('changed'), '-c:a', 'libmp3lame', join(folder, 'prompts.mp3')]);
    const { code, out } = check('content', '--assets', assets);
    expect(code).toBe(1);
    const audioLines = out.split('\n').filter((line) => line.includes('audio/'));
    expect(audioLines).toEqual([
      expect.stringMatching(/^error {4}audio\/en\/prompts\.json › sprite\.tone-inhale: -\d+\.\d LUFS in "audio\/en\/prompts\.webm", -\d+\.\d LUFS in "audio\/en\/prompts\.mp3": 1[1-3]\.\d dB louder than the median of all cues \(-19\.\d LUFS\); a cue may lie at most 3 dB from it$/),
    ]);
  });

  it('without ffmpeg on the machine, one warning line says the loudness was not measured', () => {
    const withFfmpeg = check();
    const { code, out } = checkWithoutFfmpeg();
    expect(code).toBe(withFfmpeg.code);
    const lines = out.split('\n');
    expect(lines.filter((line) => line.includes('ffmpeg'))).toEqual([
      "warning  audio.json › breathingPrompts.sprite: the cues' loudness was not measured: ffmpeg is not on this machine (Debian: apt-get install ffmpeg)",
    ]);
    // Every other line is the same as on a machine with ffmpeg, and the summary counts one warning more.
    const count = (text: string) => Number(/(\d+) warnings?\.\n$/.exec(text)?.[1]);
    expect(count(out)).toBe(count(withFfmpeg.out) + 1);
    expect(checkWithoutFfmpeg('--strict').code).toBe(1);
  });
});
