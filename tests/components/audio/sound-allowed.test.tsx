/** Whether the page may start sound: after a touch, or once an AudioContext has run (a host that allows autoplay). */
import { afterEach, describe, expect, it } from 'vitest';
import { followAudioContext, soundAllowed } from '../../../renderer/audio/sound-allowed';

const realActivation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'userActivation');

describe('sound allowed', () => {
  afterEach(() => {
    // The page's own navigator.userActivation again.
    Reflect.deleteProperty(navigator, 'userActivation');
    expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'userActivation')).toEqual(realActivation);
  });

  it('is not before a touch while no context has run, and is once one runs', async () => {
    Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { hasBeenActive: false, isActive: false } });
    // A real context that has not run yet: an offline one waits for startRendering().
    const context = new OfflineAudioContext(1, 4_410, 44_100);
    followAudioContext(context);
    followAudioContext(context);
    expect(context.state).toBe('suspended');
    expect(soundAllowed()).toBe(false);
    const rendered = context.startRendering();
    await expect.poll(soundAllowed).toBe(true);
    await rendered;
    // It stays allowed when that context rests or ends (howler suspends its own after 30 s of silence).
    expect(context.state).toBe('closed');
    expect(soundAllowed()).toBe(true);
  });

  it('is after a touch, whatever the contexts did', () => {
    Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { hasBeenActive: true, isActive: false } });
    expect(soundAllowed()).toBe(true);
  });
});
