/**
 * What "Read aloud" speaks on each screen, in which order, built from a content folder's files. The kiosk's loader
 * builds the same list (main/services/content/read-aloud-text.ts) to tell fresh audio from stale;
 * tests/unit/scripts/media/read-aloud-sentences.test.ts holds the two to the same answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each screen's spoken fields in reading order; a label (ui.json key) is said before a field or a list's first item. */
export const READ_ALOUD_PLAN = {
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

/** Where a screen's text lives: locales/<lng>/<namespace>.json. */
const NAMESPACE = { exercise: 'exercises', muscle: 'muscles' };

/** The short hash a manifest keeps of the exact text each sentence was made from. */
export function textHash(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** "Origin. Ischial tuberosity": the label, a full stop unless it ends in one, then the text. */
export function withLabel(label, text) {
  if (!label) return text;
  return `${label}${/[.:!?]$/.test(label) ? '' : '.'} ${text}`;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

function uiWord(ui, key) {
  let node = ui;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() ? node : null;
}

/** Reads what the sentences need from a content folder: languages, every language's text and interface words. */
export function readContent(contentDir) {
  const languages = readJson(join(contentDir, 'languages.json'));
  const codes = languages.languages.map((language) => language.code);
  const text = {};
  const ui = {};
  for (const code of codes) {
    text[code] = {};
    for (const namespace of Object.values(NAMESPACE)) text[code][namespace] = readJson(join(contentDir, 'locales', code, `${namespace}.json`)) ?? {};
    ui[code] = readJson(join(contentDir, 'locales', code, 'ui.json'));
  }
  return { fallback: languages.fallback, codes, text, ui };
}

/**
 * The sentences of one screen in one language: field ("courseOfMotion[2]"), the exact text spoken, its hash, and
 * the language that text is in (the requested one, or the one it falls back to, field by field, as the kiosk shows it).
 */
export function screenSentences(content, screen, id, lng) {
  const namespace = NAMESPACE[screen];
  const chain = [...new Set([lng, content.fallback, ...content.codes])].filter((code) => content.codes.includes(code));
  const find = (field) => {
    for (const code of chain) {
      const value = content.text[code]?.[namespace]?.[id]?.[field];
      if (value !== undefined) return { value, language: code };
    }
    return null;
  };
  const label = (key) => uiWord(content.ui[lng], key) ?? uiWord(content.ui[content.fallback], key);
  const sentences = [];
  const add = (field, spoken, language) => sentences.push({ field, text: spoken, hash: textHash(spoken), language });
  for (const step of READ_ALOUD_PLAN[screen]) {
    if (step.field) {
      const found = find(step.field);
      if (found) add(step.field, withLabel(step.label && label(step.label), found.value), found.language);
      continue;
    }
    const found = find(step.list);
    (found?.value ?? []).forEach((item, index) => add(`${step.list}[${index}]`, index === 0 ? withLabel(label(step.label), item) : item, found.language));
  }
  return sentences;
}
