/**
 * The phases an exercise declares drive its breathing cues; a generated demo video's movement follows the
 * phases it was made with, which it carries as the Matroska tag KIOSK_PHASES. The loader holds the two together.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { comparePhaseTag } from '../../../../../main/services/content/content-references';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-video-phases');

/**
 * Loads a copy of the content (and, when asked, of the media) after `edit`: whether it loaded, and its problems
 * (or warnings). The assertions look only at the video fields: the rest of the content is another test's.
 */
async function problemsAfter(edit: (folders: { contentDir: string; assetsDir: string }) => Promise<void>, ownAssets = false): Promise<{ ok: boolean; problems: Problem[] }> {
  const contentDir = await copyContent(dir());
  const assetsDir = ownAssets ? join(dir(), 'assets') : EMBEDDED_ASSETS;
  if (ownAssets) await cp(EMBEDDED_ASSETS, assetsDir, { recursive: true });
  await edit({ contentDir, assetsDir });
  const outcome = await loadContentFolder({ contentDir, assetsDir });
  return { ok: outcome.ok, problems: outcome.ok ? outcome.warnings : outcome.problems };
}

/** Rewrites bytes of a media file in place (same length, so every size in it stays right). */
async function patchFile(file: string, from: string, to: string): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.indexOf(from);
  expect(at, `"${from}" in ${file}`).toBeGreaterThan(0);
  expect(Buffer.byteLength(to)).toBe(Buffer.byteLength(from));
  bytes.write(to, at);
  await writeFile(file, bytes);
}

const phasesProblem = (problems: Problem[]) => problems.find((problem) => problem.file === 'exercises/kickback.json' && problem.field === 'video.phases');

describe('a demo video and its exercise share one phase list', () => {
  it('every regenerated demo video carries the phases its exercise declares', async () => {
    const { problems } = await problemsAfter(async () => {});
    expect(problems.filter((problem) => problem.field.startsWith('video.'))).toEqual([]);
  });

  it.each([
    ['a phase that starts later', (phases: Array<Record<string, unknown>>) => (phases[1]!.start = 2.6), /phase 2 \(eccentric\) starts at 2\.6 s here, at 2\.5 s in the video/],
    ['a phase that ends earlier', (phases: Array<Record<string, unknown>>) => (phases[0]!.end = 1.9), /phase 1 \(concentric\) ends at 1\.9 s here, at 2 s in the video/],
    ['swapped breaths', (phases: Array<Record<string, unknown>>) => ([phases[0]!.breath, phases[1]!.breath] = [phases[1]!.breath, phases[0]!.breath]), /phase 1 \(concentric\) is breathed with inhale here, exhale in the video; phase 2 \(eccentric\) is breathed with exhale here, inhale in the video/],
    ['a phase left out', (phases: Array<Record<string, unknown>>) => phases.pop(), /1 phase here, 2 phases in the video/],
  ])('%s in the exercise but not in its video is an error on exercises/<id>.json › video.phases', async (_name, edit, detail) => {
    const { ok, problems } = await problemsAfter(({ contentDir }) => editJson(join(contentDir, 'exercises/kickback.json'), (data) => edit(data.video.phases)));
    expect(ok).toBe(false);
    const problem = phasesProblem(problems);
    expect(problem, JSON.stringify(problems, null, 1)).toMatchObject({ severity: 'error', file: 'exercises/kickback.json', field: 'video.phases' });
    expect(problem?.reason).toMatch(/^are not the phases "video\/kickback\.webm" was made with, so the breathing cues would not match its movement: /);
    expect(problem?.reason).toMatch(detail);
    // Only that exercise is named: the others still match their videos.
    expect(problems.filter((other) => other.field === 'video.phases')).toHaveLength(1);
  });

  it('a video made with other phases than its exercise declares is an error too', async () => {
    const { ok, problems } = await problemsAfter(({ assetsDir }) => patchFile(join(assetsDir, 'video/kickback.webm'), '"start":2.5', '"start":2.4'), true);
    expect(ok).toBe(false);
    expect(phasesProblem(problems)?.reason).toMatch(/phase 2 \(eccentric\) starts at 2\.5 s here, at 2\.4 s in the video/);
  });

  it('a video without the tag (real footage) is not compared, whatever the phases', async () => {
    const { problems } = await problemsAfter(async ({ contentDir, assetsDir }) => {
      await patchFile(join(assetsDir, 'video/kickback.webm'), 'KIOSK_PHASES', 'FOOTAGE_NOTE');
      await editJson(join(contentDir, 'exercises/kickback.json'), (data) => (data.video.phases[1].start = 2.6));
    }, true);
    expect(problems.filter((problem) => problem.field.startsWith('video.'))).toEqual([]);
  });

  it('a tag that is not a phase list is an error that says so', async () => {
    const { ok, problems } = await problemsAfter(({ assetsDir }) => patchFile(join(assetsDir, 'video/kickback.webm'), '[{"start"', '[{"begin"'), true);
    expect(ok).toBe(false);
    expect(phasesProblem(problems)?.reason).toBe('cannot be checked against "video/kickback.webm": its KIOSK_PHASES tag is not a list of phases');
  });
});

describe('comparePhaseTag', () => {
  const phases = [
    { start: 0.5, end: 2, kind: 'concentric', breath: 'exhale' },
    { start: 2.5, end: 4.5, kind: 'eccentric', breath: 'inhale' },
  ] as const;
  const declared = phases.map((phase) => ({ ...phase }));

  it('accepts the same list, however its JSON is spaced or its keys ordered', () => {
    expect(comparePhaseTag(declared, JSON.stringify(phases), 'v.webm')).toBeNull();
    expect(comparePhaseTag(declared, '[ {"breath":"exhale","kind":"concentric","end":2.0,"start":0.5},\n {"start":2.5,"end":4.5,"kind":"eccentric","breath":"inhale"} ]', 'v.webm')).toBeNull();
  });

  it('names a changed kind, and refuses text that is not JSON', () => {
    const changed = JSON.stringify([phases[0], { ...phases[1], kind: 'concentric' }]);
    expect(comparePhaseTag(declared, changed, 'v.webm')).toMatch(/phase 2 \(concentric\) is eccentric here, concentric in the video/);
    expect(comparePhaseTag(declared, '[{"start":0.5', 'v.webm')).toBe('cannot be checked against "v.webm": its KIOSK_PHASES tag is not a list of phases');
  });
});
