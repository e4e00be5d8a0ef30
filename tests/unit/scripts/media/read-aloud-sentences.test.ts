/**
 * The audio script and the kiosk must agree on every sentence, or fresh audio would be reported stale (and never
 * offered) or stale audio played: both lists, on the real content and on a copy that falls back and lacks a label.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../../main/services/content/content-loader';
import type { ContentBundle } from '../../../../main/services/content/content-schema';
import { READ_ALOUD_PLAN as KIOSK_PLAN, spokenSentences, type ReadAloudScreen } from '../../../../main/services/content/read-aloud-text';
import { READ_ALOUD_PLAN as SCRIPT_PLAN, readContent, screenSentences } from '../../../../scripts/media/read-aloud-sentences.mjs';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../support/content-copy';
import { useTempDir } from '../../../support/temp-dir';

const dir = useTempDir('read-aloud-sentences');

async function bundleOf(contentDir: string): Promise<ContentBundle> {
  const outcome = await loadContentFolder({ contentDir, assetsDir: EMBEDDED_ASSETS });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.bundle;
}

function screens(bundle: ContentBundle): Array<[ReadAloudScreen, string]> {
  return [...[...bundle.exercises.keys()].map((id): [ReadAloudScreen, string] => ['exercise', id]), ...[...bundle.muscles.keys()].map((id): [ReadAloudScreen, string] => ['muscle', id])];
}

function expectAgreement(contentDir: string, bundle: ContentBundle): number {
  const script = readContent(contentDir);
  let compared = 0;
  for (const { code } of bundle.languages.languages) {
    for (const [screen, id] of screens(bundle)) {
      const kiosk = spokenSentences(bundle, screen, id, code);
      const made = screenSentences(script, screen, id, code).map(({ field, text, hash }) => ({ field, text, hash }));
      expect(made, `${code} ${screen}-${id}`).toEqual(kiosk);
      compared += kiosk.length;
    }
  }
  return compared;
}

describe('read-aloud sentences', () => {
  it('are planned alike by the script and the kiosk', () => {
    expect(JSON.parse(JSON.stringify(SCRIPT_PLAN))).toEqual(JSON.parse(JSON.stringify(KIOSK_PLAN)));
  });

  it('are the same, word for word and hash for hash, on every screen in every language of the real content', async () => {
    const compared = expectAgreement('content', await bundleOf('content'));
    expect(compared).toBeGreaterThan(6 * 9 * 5);
  });

  it('stay the same where a text falls back to English and a label is missing', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/fr/muscles.json'), (data) => delete data.semimembranosus.origin);
    await editJson(join(contentDir, 'locales/it/exercises.json'), (data) => delete data.kickback);
    await editJson(join(contentDir, 'locales/nl/ui.json'), (data) => delete data.muscle.origin);
    await rm(join(contentDir, 'locales/es/ui.json'));
    const bundle = await bundleOf(contentDir);
    expect(expectAgreement(contentDir, bundle)).toBeGreaterThan(6 * 9 * 5);
    const origin = spokenSentences(bundle, 'muscle', 'semimembranosus', 'fr').find((sentence) => sentence.field === 'origin');
    expect(origin?.text).toMatch(/^Origine\. Ischial tuberosity/);
    expect(spokenSentences(bundle, 'muscle', 'semimembranosus', 'nl').find((sentence) => sentence.field === 'origin')?.text).toMatch(/^Origin\. /);
    // The script says an English sentence with the English voice, whatever the screen's language.
    const fallenBack = screenSentences(readContent(contentDir), 'exercise', 'kickback', 'it');
    expect(fallenBack.length).toBeGreaterThan(0);
    expect(fallenBack.filter((sentence) => sentence.language !== 'en')).toEqual([]);
  });

  it('put each list\'s label before its first item only, and read the fields in the screen\'s order', async () => {
    const bundle = await bundleOf('content');
    const sentences = spokenSentences(bundle, 'exercise', 'seated-leg-curl', 'en');
    const text = bundle.text.get('en')?.exercises.get('seated-leg-curl');
    expect(sentences[0]).toMatchObject({ field: 'name', text: text?.name });
    expect(sentences[1]).toMatchObject({ field: 'courseOfMotion[0]', text: `Course of motion. ${text?.courseOfMotion?.[0]}` });
    expect(sentences[2]).toMatchObject({ field: 'courseOfMotion[1]', text: text?.courseOfMotion?.[1] });
    expect(sentences.map((sentence) => sentence.field.replace(/\[\d+\]$/, ''))).toEqual(['name', ...(text?.courseOfMotion ?? []).map(() => 'courseOfMotion'), ...(text?.breathing ?? []).map(() => 'breathing'), ...(text?.tips ?? []).map(() => 'tips')]);
  });
});
