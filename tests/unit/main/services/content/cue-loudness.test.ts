import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUE_LOUDNESS_TOLERANCE_DB, checkCueLoudness, findFfmpeg, measureCue } from '../../../../../main/services/content/cue-loudness';
import { editJson } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-cue-loudness');
const content = { contentDir: 'content' };
let ffmpeg = '';

function run(command: string, args: string[]): void {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr}`);
}

beforeAll(async () => {
  ffmpeg = (await findFfmpeg()) ?? '';
  for (const tool of ['ffmpeg', 'sox']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is missing: apt-get install -y ffmpeg sox`);
  }
});

/** The embedded prompts copied to a temp assets folder, to change one cue of one language. */
async function copyPrompts(): Promise<string> {
  const assets = join(dir(), 'assets');
  await mkdir(assets);
  await cp('assets/audio', join(assets, 'audio'), { recursive: true });
  return assets;
}

/** Raises (or lowers) one cue of a sprite by `gainDb` with sox and encodes the sprite again, as the script does. */
async function changeCueLevel(assets: string, lng: string, cue: string, gainDb: number): Promise<void> {
  const folder = join(assets, 'audio', lng);
  const { sprite } = JSON.parse(await readFile(join(folder, 'prompts.json'), 'utf8')) as { sprite: Record<string, [number, number]> };
  const [startMs, lengthMs] = sprite[cue] ?? [0, 0];
  const file = (name: string) => join(dir(), `${name}.wav`);
  run('ffmpeg', ['-y', '-v', 'error', '-i', join(folder, 'prompts.webm'), '-ac', '1', '-ar', '48000', file('whole')]);
  run('sox', [file('whole'), file('before'), 'trim', '0', `=${startMs / 1000}`]);
  run('sox', [file('whole'), file('cue'), 'trim', `${startMs / 1000}`, `${lengthMs / 1000}`, 'gain', String(gainDb)]);
  run('sox', [file('whole'), file('after'), 'trim', `=${(startMs + lengthMs) / 1000}`]);
  run('sox', [file('before'), file('cue'), file('after'), file('changed')]);
  run('ffmpeg', ['-y', '-v', 'error', '-i', file('changed'), '-c:a', 'libopus', '-b:a', '48k', join(folder, 'prompts.webm')]);
  run('ffmpeg', ['-y', '-v', 'error', '-i', file('changed'), '-c:a', 'libmp3lame', '-b:a', '64k', join(folder, 'prompts.mp3')]);
}

// Each check runs ffmpeg once per cue and file (48 runs for six languages): seconds, not milliseconds.
describe('breathing cue loudness (measured with ffmpeg)', { timeout: 60_000 }, () => {
  it('passes the regenerated prompts: every cue of every language and file within 1 dB of -19 LUFS', async () => {
    const { languages } = JSON.parse(await readFile('content/languages.json', 'utf8')) as { languages: unknown[] };
    const { problems, measurements } = await checkCueLoudness(ffmpeg, { ...content, assetsDir: 'assets' });
    expect(problems).toEqual([]);
    // Four cues in two files (WebM, MP3) per language.
    expect(measurements).toHaveLength(languages.length * 4 * 2);
    const off = measurements.filter(({ result }) => result.kind !== 'loudness' || Math.abs(result.lufs + 19) > 1);
    expect(off).toEqual([]);
  });

  it(`fails a tone made 12 dB too loud with one problem naming the cue and the figures (tolerance ${CUE_LOUDNESS_TOLERANCE_DB} dB)`, async () => {
    const assets = await copyPrompts();
    await changeCueLevel(assets, 'en', 'tone-exhale', 12);
    const { problems } = await checkCueLoudness(ffmpeg, { ...content, assetsDir: assets });
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'audio/en/prompts.json',
        field: 'sprite.tone-exhale',
        reason: expect.stringMatching(
          /^-[67]\.\d LUFS in "audio\/en\/prompts\.webm", -[67]\.\d LUFS in "audio\/en\/prompts\.mp3": 1[1-3]\.\d dB louder than the median of all cues \(-19\.\d LUFS\); a cue may lie at most 3 dB from it$/,
        ),
      },
    ]);
  });

  it('fails a voice 6 dB too soft, and lets one 2 dB off pass', async () => {
    const assets = await copyPrompts();
    await changeCueLevel(assets, 'de', 'inhale', -6);
    await changeCueLevel(assets, 'fr', 'exhale', 2);
    const { problems } = await checkCueLoudness(ffmpeg, { ...content, assetsDir: assets });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'audio/de/prompts.json', field: 'sprite.inhale', reason: expect.stringMatching(/: [5-7]\.\d dB softer than the median/) }),
    ]);
  });

  it('a cue that is silent, or that starts after the end of its file, is an error', async () => {
    const assets = await copyPrompts();
    const end = (JSON.parse(await readFile(join(assets, 'audio/en/prompts.json'), 'utf8')) as { durationMs: number }).durationMs;
    await editJson(join(assets, 'audio/en/prompts.json'), (data) => {
      const [start, length] = data.sprite.exhale as [number, number];
      data.sprite.exhale = [start + length + 50, 200]; // the silence between exhale and inhale
      data.sprite.inhale = [end + 2000, 300];
    });
    const { problems } = await checkCueLoudness(ffmpeg, { ...content, assetsDir: assets });
    expect(problems.map((problem) => `${problem.severity} ${problem.file} › ${problem.field}: ${problem.reason}`)).toEqual([
      'error audio/en/prompts.json › sprite.exhale: is silent in "audio/en/prompts.webm" (quieter than -70 LUFS)',
      'error audio/en/prompts.json › sprite.exhale: is silent in "audio/en/prompts.mp3" (quieter than -70 LUFS)',
      `error audio/en/prompts.json › sprite.inhale: has no sound in "audio/en/prompts.webm": it starts at ${end + 2000} ms, after the end of the file`,
      `error audio/en/prompts.json › sprite.inhale: has no sound in "audio/en/prompts.mp3": it starts at ${end + 2000} ms, after the end of the file`,
    ]);
  });

  it('without ffmpeg, one warning says the loudness was not measured; without audio.json, nothing', async () => {
    const { problems, measurements } = await checkCueLoudness(null, { ...content, assetsDir: 'assets' });
    expect(measurements).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'audio.json',
        field: 'breathingPrompts.sprite',
        reason: "the cues' loudness was not measured: ffmpeg is not on this machine (Debian: apt-get install ffmpeg)",
      },
    ]);
    const noAudio = join(dir(), 'content');
    await cp('content', noAudio, { recursive: true, filter: (source) => !source.endsWith('audio.json') });
    expect((await checkCueLoudness(null, { contentDir: noAudio, assetsDir: 'assets' })).problems).toEqual([]);
  });

  it('finds ffmpeg on PATH, and only an executable file', async () => {
    expect(await findFfmpeg({ PATH: '' })).toBeNull();
    const bin = join(dir(), 'bin');
    await mkdir(join(bin, 'ffmpeg'), { recursive: true }); // a folder named ffmpeg is not ffmpeg
    expect(await findFfmpeg({ PATH: bin })).toBeNull();
    const other = join(dir(), 'other');
    await mkdir(other);
    await writeFile(join(other, 'ffmpeg'), '#!/bin/sh\n');
    expect(await findFfmpeg({ PATH: other })).toBeNull();
    await chmod(join(other, 'ffmpeg'), 0o755);
    expect(await findFfmpeg({ PATH: [bin, other].join(delimiter) })).toBe(join(other, 'ffmpeg'));
  });

  it('on Windows takes ffmpeg.exe too; an empty or relative PATH entry is not searched', async () => {
    const bin = join(dir(), 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'ffmpeg.exe'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await findFfmpeg({ PATH: bin }, 'win32')).toBe(join(bin, 'ffmpeg.exe'));
    expect(await findFfmpeg({ PATH: bin }, 'linux')).toBeNull();
    // "::" or "bin" would mean a folder relative to wherever the tool was started: here one that has an ffmpeg.
    await writeFile(join(bin, 'ffmpeg'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await findFfmpeg({ PATH: [relative(process.cwd(), bin), ''].join(delimiter) }, 'linux')).toBeNull();
    expect(await findFfmpeg({ PATH: bin }, 'linux')).toBe(join(bin, 'ffmpeg'));
    // On Windows a plain "ffmpeg" (as MSYS installs it) is taken when there is no ffmpeg.exe.
    await rm(join(bin, 'ffmpeg.exe'));
    expect(await findFfmpeg({ PATH: bin }, 'win32')).toBe(join(bin, 'ffmpeg'));
  });

  describe('one cue, measured', () => {
    const slice = (path: string) => ({ path, file: 'audio/en/prompts.webm', startMs: 0, durationMs: 500 });

    it('a cue louder than 0 LUFS (a full-scale square wave) is a loudness like any other', async () => {
      const square = join(dir(), 'square.wav');
      run('sox', ['-n', '-r', '48000', '-c', '1', square, 'synth', '1', 'square', '4000']);
      const result = await measureCue(ffmpeg, slice(square));
      expect(result).toEqual({ kind: 'loudness', lufs: expect.closeTo(3.2, 0) });
    });

    it('a file ffmpeg cannot read fails with ffmpeg\'s last line, naming the asset path instead of the one on disk', async () => {
      const broken = join(dir(), 'broken.webm');
      await writeFile(broken, 'not audio at all, just some words\n');
      expect(await measureCue(ffmpeg, slice(broken))).toEqual({ kind: 'failed', reason: 'audio/en/prompts.webm: Invalid data found when processing input' });
    });

    it('a program that fails silently is reported by its command; one that prints no loudness says so', async () => {
      const file = join(dir(), 'cue.webm');
      await writeFile(file, 'x');
      const failed = await measureCue('/bin/false', slice(file));
      expect(failed).toEqual({ kind: 'failed', reason: expect.stringMatching(/^Command failed: \/bin\/false -nostdin .* -i audio\/en\/prompts\.webm -vn -af \S+ -f null -$/) });
      expect(await measureCue('/bin/true', slice(file))).toEqual({ kind: 'failed', reason: 'ffmpeg printed no loudness' });
    });
  });

  describe('which cues it measures', () => {
    /** The content and assets copied, with only these languages listed. */
    async function copyWithLanguages(codes: string[]): Promise<{ contentDir: string; assetsDir: string }> {
      const contentDir = join(dir(), 'content');
      await cp('content', contentDir, { recursive: true });
      await editJson(join(contentDir, 'languages.json'), (data) => {
        data.languages = (data.languages as Array<{ code: string }>).filter(({ code }) => codes.includes(code));
      });
      return { contentDir, assetsDir: await copyPrompts() };
    }

    it('skips a language whose sprite is missing, not JSON, not a sprite, or names a file that is not there', async () => {
      const folders = await copyWithLanguages(['en', 'de', 'fr', 'it', 'es']);
      const sprite = (code: string) => join(folders.assetsDir, 'audio', code, 'prompts.json');
      await rm(sprite('de'));
      await writeFile(sprite('fr'), '{ "src": [');
      await writeFile(sprite('it'), JSON.stringify({ src: ['prompts.webm'], sprite: 'exhale' }));
      await editJson(sprite('es'), (data) => {
        data.src = ['gone.webm', 'prompts.mp3'];
      });
      const { problems, measurements } = await checkCueLoudness(ffmpeg, folders);
      expect(problems).toEqual([]);
      // English in both its files, Spanish only in the file that is there; four cues each.
      expect(measurements.map(({ file }) => file).sort()).toEqual([
        ...Array(4).fill('audio/en/prompts.mp3'),
        ...Array(4).fill('audio/en/prompts.webm'),
        ...Array(4).fill('audio/es/prompts.mp3'),
      ]);
    });

    it('with an audio.json but no languages it can read, nothing is measured; without ffmpeg it still warns', async () => {
      const folders = await copyWithLanguages(['en']);
      await writeFile(join(folders.contentDir, 'languages.json'), '[');
      expect(await checkCueLoudness(ffmpeg, folders)).toEqual({ problems: [], measurements: [] });
      expect((await checkCueLoudness(null, folders)).problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'audio.json', field: 'breathingPrompts.sprite' })]);
    });
  });
});
