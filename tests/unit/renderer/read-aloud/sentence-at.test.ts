import { describe, expect, it } from 'vitest';
import { indexInList, sentenceAt } from '../../../../renderer/read-aloud/sentence-at';

const sentences = [
  { field: 'name', start: 250, duration: 1000 },
  { field: 'courseOfMotion[0]', start: 1750, duration: 3000 },
  { field: 'courseOfMotion[1]', start: 5250, duration: 2000 },
];

describe('the sentence being read', () => {
  it.each([
    [0, 0],
    [249, 0],
    [250, 0],
    [1400, 0],
    [1750, 1],
    [5000, 1],
    [5250, 2],
    [60_000, 2],
  ])('at %i ms is sentence %i (the first before any starts, each one through the pause after it)', (ms, index) => {
    expect(sentenceAt(sentences, ms)).toBe(index);
  });

  it('is none when there are no sentences', () => {
    expect(sentenceAt([], 1000)).toBeNull();
  });

  it('is found in its list by index, and only in its own list', () => {
    expect(indexInList('courseOfMotion[1]', 'courseOfMotion')).toBe(1);
    expect(indexInList('tips[12]', 'tips')).toBe(12);
    expect(indexInList('courseOfMotion[1]', 'tips')).toBeNull();
    expect(indexInList('name', 'name')).toBeNull();
    expect(indexInList(null, 'tips')).toBeNull();
  });
});
