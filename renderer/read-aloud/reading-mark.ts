/** How the sentence being read aloud is marked: aria-current for assistive technology, data-reading for the highlight. */
import './reading-mark.css';

export type ReadingMark = { 'aria-current'?: 'true'; 'data-reading'?: '' };

const MARKED: ReadingMark = { 'aria-current': 'true', 'data-reading': '' };
const UNMARKED: ReadingMark = {};

/** The attributes for an element that is (or is not) the sentence being read. */
export function readingMark(reading: boolean): ReadingMark {
  return reading ? MARKED : UNMARKED;
}
