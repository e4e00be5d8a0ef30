/** Keeps the station's demo loops ready to attach (seamless-loop.ts), so the screen a member opens loops without a seek from its first frame. */
import { useEffect } from 'react';
import type { KioskContent } from '../../common/content-view';
import { mediaUrl } from '../media-url';
import { withSeamlessLoop } from './load-seamless-loop';

/** After the content's first screen is drawn, and again (read afresh) whenever main swaps the content. */
export function useStationLoops(content: KioskContent | null): void {
  const files = content?.station.exercises.flatMap(({ id }) => {
    const file = content.exercises[id]?.video?.file;
    return file ? [mediaUrl(file)] : [];
  });
  // One string, so a new content object with the same version and files asks for nothing.
  const key = content && files ? [content.version, ...files].join('\n') : null;
  useEffect(() => {
    if (key === null) return;
    const [version = '', ...urls] = key.split('\n');
    withSeamlessLoop(({ keepLoops }) => keepLoops(urls, version));
  }, [key]);
}
