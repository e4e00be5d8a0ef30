/** Loads the breathing-prompt sprites (one per language) that content/audio.json points at. */
import { dirname, join } from 'node:path/posix';
import { z } from 'zod';
import type { CueSprite, MediaCredit } from '../../../common/content-view';
import type { Problem } from '../../../common/result';
import { MAX_JSON_BYTES, parseJsonText } from '../files/json-file';
import { readTextInside } from '../files/open-inside';
import { formatFieldPath, describeIssue } from '../problems';
import { keyedRecord } from './content-schema';
import { checkMediaFile } from './media-files';
import { readAloudEntrySchema } from './read-aloud-manifests';

/** The cues the renderer plays; every sprite must have all of them. */
export const REQUIRED_CUES = ['exhale', 'inhale', 'tone-exhale', 'tone-inhale'] as const;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const audioFileSchema = z.strictObject({
  breathingPrompts: z.strictObject({
    sprite: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]*\{lng\}[\w./-]*\.json$/, 'must be a path inside the assets folder with {lng}, like "audio/{lng}/prompts.json"'),
    license: nonEmpty,
    author: nonEmpty,
    source: nonEmpty,
  }),
  // Optional: without it no screen offers "Read aloud".
  readAloud: readAloudEntrySchema.optional(),
});

const spriteFileSchema = z.object({
  src: z.array(z.string().regex(/^[\w-][\w.-]*\.(webm|mp3|ogg)$/, 'must be an audio file name beside the sprite')).min(1),
  sprite: keyedRecord(z.string().regex(/^[a-z][a-z-]*$/), 'must be a cue name like "exhale"', z.tuple([z.number().int().min(0), z.number().int().positive()])),
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
    const read = await readTextInside(assetsDir, spritePath, MAX_JSON_BYTES);
    if (!read.ok) {
      add('(whole file)', read.reason === 'file is missing' ? 'is not in the assets folder' : read.reason);
      continue;
    }
    const json = parseJsonText(read.text);
    if (!json.ok) {
      add('(whole file)', json.reason);
      continue;
    }
    const parsed = spriteFileSchema.safeParse(json.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(formatFieldPath(issue.path), describeIssue(issue));
      continue;
    }
    const cues = new Map(Object.entries(parsed.data.sprite));
    const missingCues = REQUIRED_CUES.filter((cue) => !cues.has(cue));
    if (missingCues.length > 0) add('sprite', `has no ${missingCues.map((cue) => `"${cue}"`).join(', ')}`);
    const src = parsed.data.src.map((name) => join(dirname(spritePath), name));
    const badFiles: string[] = [];
    for (const file of src) {
      const problem = await checkMediaFile(assetsDir, file, 'audio');
      if (problem) badFiles.push(`"${file}" ${problem}`);
    }
    badFiles.forEach((reason) => add('src', reason));
    if (missingCues.length > 0 || badFiles.length > 0) continue;
    loaded.sprites.set(code, { src, sprite: Object.fromEntries(cues) });
    loaded.credits.push(...src.map((file) => ({ file, ...credit })));
  }
  return loaded;
}
