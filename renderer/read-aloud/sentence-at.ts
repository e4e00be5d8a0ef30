/** Which sentence of a read-aloud file is being spoken at a playback position. */
import type { ReadAloudSentence } from '../../common/content-view';

/**
 * The index of the sentence being read at `ms`: the last one that has started (it stays marked through the pause
 * after it, so the mark never blinks off between sentences), the first one before any has; null when there are none.
 */
export function sentenceAt(sentences: readonly ReadAloudSentence[], ms: number): number | null {
  if (sentences.length === 0) return null;
  let found = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.start <= ms) found = index;
  });
  return found;
}

/** The index in a list ("tips") of the field being read ("tips[2]" → 2), or null when another field is. */
export function indexInList(field: string | null, list: string): number | null {
  const match = field === null ? null : /^([a-zA-Z]+)\[(\d+)\]$/.exec(field);
  return match && match[1] === list ? Number(match[2]) : null;
}
