/**
 * What "Read aloud" speaks on a screen, sentence by sentence, from a loaded bundle: the text the kiosk shows (with
 * its fallback) and the labels said before a field. scripts/media/read-aloud-sentences.mjs makes the audio from the
 * same list; tests/unit/scripts/media/read-aloud-sentences.test.ts keeps the two in step.
 */
import { createHash } from 'node:crypto';
import type { UiText } from '../../../common/content-view';
import { fallbackChain } from './content-localizer';
import type { ContentBundle } from './content-schema';

export type ReadAloudScreen = 'exercise' | 'muscle';

type Step = { field: string; label?: string } | { list: string; label: string };

/** Each screen's spoken fields in reading order; a label (ui.json key) is said before a field or a list's first item. */
export const READ_ALOUD_PLAN: Record<ReadAloudScreen, Step[]> = {
  exercise: [
    { field: 'name' },
    { list: 'courseOfMotion', label: 'exercise.courseOfMotion' },
    { list: 'breathing', label: 'exercise.breathing' },
    { list: 'tips', label: 'exercise.tips' },
  ],
  muscle: [
    { field: 'name' },
    { field: 'group', label: 'muscle.group' },
    { field: 'origin', label: 'muscle.origin' },
    { field: 'insertion', label: 'muscle.insertion' },
    { field: 'innervation', label: 'muscle.innervation' },
    { list: 'functions', label: 'muscle.functions' },
    { list: 'notes', label: 'muscle.notes' },
  ],
};

const NAMESPACE = { exercise: 'exercises', muscle: 'muscles' } as const;

export interface SpokenSentence {
  /** The field it reads, as the screen marks it: "name", "origin", "courseOfMotion[2]". */
  field: string;
  /** The exact words spoken. */
  text: string;
  /** What a manifest keeps of them (textHash). */
  hash: string;
}

/** The short hash a manifest keeps of the exact text each sentence was made from. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** "Origin. Ischial tuberosity": the label, a full stop unless it ends in one, then the text. */
export function withLabel(label: string | null, text: string): string {
  if (!label) return text;
  return `${label}${/[.:!?]$/.test(label) ? '' : '.'} ${text}`;
}

function uiWord(ui: UiText | undefined, key: string): string | null {
  let node: UiText | string | undefined = ui;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() ? node : null;
}

/** The sentences of one screen in one language, each from the first language in the fallback chain that has it. */
export function spokenSentences(bundle: ContentBundle, screen: ReadAloudScreen, id: string, language: string): SpokenSentence[] {
  const chain = fallbackChain(bundle, language);
  const namespace = NAMESPACE[screen];
  const find = (field: string): unknown => {
    for (const code of chain) {
      const value = (bundle.text.get(code)?.[namespace].get(id) as Record<string, unknown> | undefined)?.[field];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const label = (key: string) => uiWord(bundle.ui.get(language), key) ?? uiWord(bundle.ui.get(bundle.languages.fallback), key);
  const sentences: SpokenSentence[] = [];
  const add = (field: string, text: string) => sentences.push({ field, text, hash: textHash(text) });
  for (const step of READ_ALOUD_PLAN[screen]) {
    if ('field' in step) {
      const value = find(step.field);
      if (typeof value === 'string') add(step.field, withLabel(step.label ? label(step.label) : null, value));
      continue;
    }
    const items = find(step.list);
    if (!Array.isArray(items)) continue;
    items.forEach((item: string, index) => add(`${step.list}[${index}]`, index === 0 ? withLabel(label(step.label), item) : item));
  }
  return sentences;
}
