/** The shapes audio.json's "readAloud" entry and a read-aloud manifest must have, each rule on its smallest case. */
import { describe, expect, it } from 'vitest';
import { manifestSchema, readAloudEntrySchema } from '../../../../../main/services/content/read-aloud-manifests';

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map(({ path, message }) => `${path.join('.')}: ${message}`);

describe('audio.json readAloud', () => {
  const entry = { manifest: 'audio/{lng}/read-aloud/{screen}.json', license: 'CC0-1.0', author: 'Maintainers', source: 'espeak-ng' };

  it('takes a manifest path inside the assets folder with {lng} and {screen}, ending in .json', () => {
    expect(readAloudEntrySchema.safeParse(entry).success).toBe(true);
    for (const manifest of ['{lng}-{screen}.json', 'audio/{lng}/{screen}_v2.json', 'audio/{lng}/{screen}.v2.json']) expect(readAloudEntrySchema.safeParse({ ...entry, manifest }).success, manifest).toBe(true);
    const pathMessage = 'manifest: must be a path inside the assets folder with {lng} and {screen}, like "audio/{lng}/read-aloud/{screen}.json"';
    for (const manifest of ['/audio/{lng}/{screen}.json', 'x/audio/{lng}/../{screen}.json', 'audio/..{lng}/{screen}.json', 'audio/{screen}.json', 'audio/{lng}.json', 'audio/{lng}/{screen}.json.bak', 'audio /{lng}/{screen}.json', 'audio/{lng}/{screen} copy.json', 'audio/{lng}/{screen}~.json']) {
      expect(messages(readAloudEntrySchema.safeParse({ ...entry, manifest })), manifest).toEqual([pathMessage]);
    }
  });

  it('needs a license, author and source that are more than spaces', () => {
    expect(messages(readAloudEntrySchema.safeParse({ ...entry, license: ' ', source: '' }))).toEqual(['license: must not be empty', 'source: must not be empty']);
  });
});

describe('a read-aloud manifest', () => {
  const manifest = { language: 'en', src: ['exercise-kickback.webm'], durationMs: 4000, sentences: [{ field: 'tips[2]', at: [0, 900], textHash: '0123456789abcdef' }] };
  const withSentence = (sentence: Record<string, unknown>) => ({ ...manifest, sentences: [{ ...manifest.sentences[0], ...sentence }] });

  it('takes audio file names beside it, fields like "origin" or "tips[2]", and 16 hex digits per sentence', () => {
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifestSchema.safeParse(withSentence({ field: 'origin' })).success).toBe(true);
  });

  it('names each field that is wrong', () => {
    expect(messages(manifestSchema.safeParse({ ...manifest, src: ['exercise.webm.txt'] }))).toEqual(['src.0: must be an audio file name beside the manifest']);
    for (const field of ['tips[2]x', 'x tips', 'tips[]', '2']) {
      expect(messages(manifestSchema.safeParse(withSentence({ field }))), field).toEqual(['sentences.0.field: must be a field like "origin" or "tips[2]"']);
    }
    for (const textHash of ['0123456789abcdef0', 'x0123456789abcdef', '0123456789ABCDEF']) {
      expect(messages(manifestSchema.safeParse(withSentence({ textHash }))), textHash).toEqual(['sentences.0.textHash: must be 16 hex digits']);
    }
  });
});
