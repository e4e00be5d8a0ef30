import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadAloudButton } from '../../../../renderer/read-aloud/read-aloud-button';

describe('the read-aloud button in static HTML', () => {
  it('is left out, since no script would run it there (the web export)', () => {
    const control = { audioRef: createRef<HTMLAudioElement>(), readAloud: { language: 'en', src: ['audio/en/read-aloud/exercise-kickback.webm'], sentences: [] }, reading: false, toggle: () => undefined };
    expect(renderToStaticMarkup(<ReadAloudButton control={control} />)).toBe('');
  });
});
