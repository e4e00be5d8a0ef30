/** Loads the breathing-prompt sprites (one per language) that content/audio.json points at. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path/posix';
import { z } from 'zod';
import type { CueSprite, MediaCredit, Problem } from '../contract';
import { checkMediaType } from './media-files';
import { formatFieldPath } from './read-json-file';

/** The cues the renderer plays; every sprite must have all of them. */
export const REQUIRED_CUES = ['exhale', 'inhale', 'tone-exhale', 'tone-inhale'] as const;

export const audioFileSchema = z.strictObject({
  breathingPrompts: z.strictObject({
    sprite: z.string().regex(/^[\w./-]*\{lng\}[\w./-]*\.json$/, 'must be a path with {lng}, like "audio/{lng}/prompts.json"'),
    license: z.string().trim().min(1, 'must not be empty'),
    author: z.string().trim().min(1, 'must not be empty'),
    source: z.string().trim().min(1, 'must not be empty'),
  }),
});

const spriteFileSchema = z.object({
  src: z.array(z.string().regex(/^[\w.-]+\.(webm|mp3|ogg)$/, 'must be an audio file name beside the sprite')).min(1),
  sprite: z.record(z.string(), z.tuple([z.number().int().min(0), z.number().int().positive()])),
});

export type AudioFile = z.infer<typeof audioFileSchema>;

/** Sprites by language (asset paths already resolved) plus the credits of every audio file. */
export interface LoadedCueSprites {
  sprites: Map<string, Omit<CueSprite, 'language'>>;
  credits: MediaCredit[];
}

export async function loadCueSprites(audio: AudioFile, codes: string[], fallback: string, assetsDir: string, problems: Problem[]): Promise<LoadedCueSprites> {
  const { sprite: pattern, ...credit } = audio.breathingPrompts;
  const loaded: LoadedCueSprites = { sprites: new Map(), credits: [] };
  for (const code of codes) {
    const spritePath = pattern.replace('{lng}', code);
    // Another language may fall back to English prompts; the fallback language itself must have them.
    const severity = code === fallback ? 'error' : 'warning';
    const add = (field: string, reason: string) =>
      problems.push({ severity, file: spritePath, field, reason: severity === 'warning' ? `${reason}; members hear the ${fallback} prompts` : reason });
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(assetsDir, spritePath), 'utf8'));
    } catch (error) {
      add('(whole file)', (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is not in the assets folder' : `cannot be read (${(error as Error).message})`);
      continue;
    }
    const parsed = spriteFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(formatFieldPath(issue.path), issue.message);
      continue;
    }
    const missingCues = REQUIRED_CUES.filter((cue) => !parsed.data.sprite[cue]);
    if (missingCues.length > 0) add('sprite', `has no ${missingCues.map((cue) => `"${cue}"`).join(', ')}`);
    const src = parsed.data.src.map((name) => join(dirname(spritePath), name));
    const badFiles: string[] = [];
    for (const file of src) {
      const problem = await checkMediaType(join(assetsDir, file), 'audio').catch(() => 'is not in the assets folder');
      if (problem) badFiles.push(`"${file}" ${problem}`);
    }
    badFiles.forEach((reason) => add('src', reason));
    if (missingCues.length > 0 || badFiles.length > 0) continue;
    loaded.sprites.set(code, { src, sprite: parsed.data.sprite as CueSprite['sprite'] });
    loaded.credits.push(...src.map((file) => ({ file, ...credit })));
  }
  return loaded;
}
