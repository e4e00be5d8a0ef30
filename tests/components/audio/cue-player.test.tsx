/** The breathing prompts with the real sprite file: a cue is played when it is due, never later. */
import { describe, expect, it } from 'vitest';
import { CUE_PLAYED_EVENT, type CuePlayedDetail } from '../../../renderer/audio/cue-events';
import { CuePlayer } from '../../../renderer/audio/cue-player';
import { loadHowler } from '../../../renderer/audio/howler-module';
import { contentFor } from '../support/kiosk';

const content = contentFor('en');

describe('cue player', () => {
  it('skips a cue due while its prompts are still loading (howler would play it late), and plays the ones after', async () => {
    const sprite = content.cueSprite;
    if (!sprite) throw new Error('the content has no cue sprite');
    const played: CuePlayedDetail[] = [];
    const record = (event: Event) => played.push((event as CustomEvent<CuePlayedDetail>).detail);
    window.addEventListener(CUE_PLAYED_EVENT, record);
    const player = new CuePlayer();
    try {
      player.setSprite(sprite);
      // howler is here, and the sprite on its way: a cue is due now.
      await loadHowler();
      player.play({ time: 0, breath: 'exhale', duration: 1 });
      expect(played).toEqual([]);
      const howls = () => (window as unknown as { Howler?: { _howls: Array<{ state(): string; playing(): boolean }> } }).Howler?._howls ?? [];
      await expect.poll(() => howls()[0]?.state(), { timeout: 10_000 }).toBe('loaded');
      // Nothing was kept back to sound now, out of step.
      expect(howls().some((howl) => howl.playing())).toBe(false);
      player.play({ time: 2, breath: 'inhale', duration: 1 });
      expect(played).toEqual([expect.objectContaining({ sound: 'inhale', language: sprite.language })]);
      expect(howls()[0]?.playing()).toBe(true);
    } finally {
      player.stop();
      window.removeEventListener(CUE_PLAYED_EVENT, record);
    }
  });
});
