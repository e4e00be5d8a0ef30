/** The start state main wrote into index.html (common/first-screen.ts); null when the page came without one. */
import type { StartState } from '../common/channels';
import { START_STATE_ELEMENT_ID } from '../common/first-screen';
import type { Result } from '../common/result';

export function readEmbeddedStart(doc: Document = document): Result<StartState> | null {
  const text = doc.getElementById(START_STATE_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    // Only the shape of a Result is checked: main wrote it, as it answers getStart.
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { ok?: unknown }).ok === 'boolean' ? (parsed as Result<StartState>) : null;
  } catch {
    return null;
  }
}
