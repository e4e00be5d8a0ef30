/**
 * What "Read aloud" speaks, on hand-changed copies of the real bundle: labels with and without their own full stop,
 * a label blank or missing in a language, and fields or lists a record does not have.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { UiText } from '../../../../../common/content-view';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import type { ContentBundle } from '../../../../../main/services/content/content-schema';
import { spokenSentences, textHash, withLabel } from '../../../../../main/services/content/read-aloud-text';
import { EMBEDDED_ASSETS } from '../../../../support/content-copy';

let bundle: ContentBundle;
const MUSCLE = 'semimembranosus';
// `printf 'Größe' | sha256sum | cut -c1-16`: the UTF-8 bytes, as the audio script hashes them.
const GROESSE_HASH = 'aedc3f80989a6546';

beforeAll(async () => {
  const outcome = await loadContentFolder({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  bundle = outcome.bundle;
});

/** The bundle with the muscle's text changed in every language. */
function withMuscleText(change: (record: Record<string, unknown>) => void): ContentBundle {
  const text = structuredClone(bundle.text);
  for (const records of text.values()) {
    const record = records.muscles.get(MUSCLE) as Record<string, unknown> | undefined;
    if (record) change(record);
  }
  return { ...bundle, text };
}

/** The bundle with one ui.json word set (or removed, with null) in some languages. */
function withLabelWord(codes: string[], key: string, word: string | null): ContentBundle {
  const ui = structuredClone(bundle.ui);
  for (const code of codes) {
    const [group = '', name = ''] = key.split('.');
    const words = ui.get(code)?.[group] as UiText | undefined;
    if (!words) throw new Error(`${code} has no ${group} words`);
    if (word === null) delete words[name];
    else words[name] = word;
  }
  return { ...bundle, ui };
}

const sentence = (sentences: ReturnType<typeof spokenSentences>, field: string) => sentences.find((spoken) => spoken.field === field)?.text;

describe('what Read aloud says', () => {
  it('puts a full stop after a label unless it ends in one', () => {
    expect(withLabel('Origin', 'Ischial tuberosity')).toBe('Origin. Ischial tuberosity');
    expect(withLabel('Origin:', 'Ischial tuberosity')).toBe('Origin: Ischial tuberosity');
    expect(withLabel('Wow!', 'x')).toBe('Wow! x');
    expect(withLabel('z.B. Ursprung', 'x')).toBe('z.B. Ursprung. x');
    expect(withLabel(null, 'x')).toBe('x');
  });

  it('keeps 16 hex digits of the SHA-256 of the UTF-8 text', () => {
    expect(textHash('Größe')).toBe(GROESSE_HASH);
    expect(textHash('')).toBe('e3b0c44298fc1c14');
    expect(textHash('Ä')).not.toBe(textHash('A'));
  });

  it('reads a label in the language shown, the fallback language\'s where it is blank or missing, none where neither has it', () => {
    expect(sentence(spokenSentences(bundle, 'muscle', MUSCLE, 'en'), 'origin')).toMatch(/^Origin\. /);
    expect(sentence(spokenSentences(withLabelWord(['de'], 'muscle.origin', '  '), 'muscle', MUSCLE, 'de'), 'origin')).toMatch(/^Origin\. /);
    expect(sentence(spokenSentences(withLabelWord(['de'], 'muscle.origin', null), 'muscle', MUSCLE, 'de'), 'origin')).toMatch(/^Origin\. /);
    const unlabelled = spokenSentences(withLabelWord(['de', 'en'], 'muscle.origin', null), 'muscle', MUSCLE, 'de');
    expect(sentence(unlabelled, 'origin')).toBe(bundle.text.get('de')?.muscles.get(MUSCLE)?.origin);
  });

  it('skips a field or a list the record does not have, and reads the rest in order', () => {
    const full = spokenSentences(bundle, 'muscle', MUSCLE, 'en').map(({ field }) => field);
    const without = spokenSentences(withMuscleText((record) => {
      delete record.innervation;
      delete record.notes;
    }), 'muscle', MUSCLE, 'en').map(({ field }) => field);
    expect(full).toContain('innervation');
    expect(full).toContain('notes[0]');
    expect(without).toEqual(full.filter((field) => field !== 'innervation' && !field.startsWith('notes[')));
  });
});
