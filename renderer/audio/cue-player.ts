/**
 * Plays breathing cues with howler: one Howl per sprite, made once and kept (howler leaks when Howls are made
 * and unloaded over and over), one sound at a time, following volume, mute, cue style and quiet hours.
 */
import type { Howl } from 'howler';
import type { CueSprite } from '../../common/content-view';
import type { KioskSettings } from '../../common/settings';
import { mediaUrl } from '../media-url';
import { announceCuePlayed } from './cue-events';
import { howlerNow, loadHowler, type HowlerModule } from './howler-module';
import type { CueMarker } from './cue-scheduler';
import { isQuietTime } from './quiet-hours';
import { followAudioContext } from './sound-allowed';

export type SoundSettings = Pick<KioskSettings, 'volume' | 'muted' | 'cueSound' | 'quietHours'>;

const howls = new Map<string, Howl>();

/** A cue's volume while a screen is read aloud: still there to breathe by, about 12 dB under the reading voice. */
export const DUCKED_CUE_VOLUME = 0.25;

function howlFor(howler: HowlerModule, sprite: CueSprite): Howl {
  const key = sprite.src.join('|');
  let howl = howls.get(key);
  if (!howl) {
    howl = new howler.Howl({ src: sprite.src.map(mediaUrl), sprite: sprite.sprite, preload: true });
    // The first Howl makes howler's AudioContext: whether it runs before a touch tells if the host allows autoplay.
    followAudioContext(howler.Howler.ctx);
    howl.on('loaderror', (_id, error) => console.error(`Breathing prompts ${sprite.src[0]} could not load: ${String(error)}`));
    howls.set(key, howl);
  }
  return howl;
}

/** Whether a cue would be heard at `now` with these settings: not muted, not off, not at volume 0, not in quiet hours. */
export function cuesWouldSound({ muted, cueSound, volume, quietHours }: SoundSettings, now: Date): boolean {
  return !muted && cueSound !== 'off' && volume > 0 && !isQuietTime(now, quietHours);
}

export class CuePlayer {
  private sprite: CueSprite | null = null;
  private settings: SoundSettings = { volume: 0.8, muted: false, cueSound: 'voice', quietHours: null };
  private current: { howl: Howl; id: number } | null = null;
  private ducked = false;

  constructor(private readonly now: () => Date = () => new Date()) {}

  setSprite(sprite: CueSprite | null): void {
    if (this.sprite && sprite && this.sprite.src.join('|') === sprite.src.join('|')) return;
    this.stop();
    this.sprite = sprite;
    // The sprite starts loading as soon as howler is here, long before the first cue is due.
    if (sprite) void loadHowler().then((howler) => this.sprite === sprite && howlFor(howler, sprite));
  }

  setSettings(settings: SoundSettings): void {
    this.settings = settings;
    void loadHowler().then((howler) => howler.Howler.volume(this.settings.volume));
    if (!this.audible()) this.stop();
  }

  /** Whether a cue would be heard right now. */
  audible(): boolean {
    return cuesWouldSound(this.settings, this.now());
  }

  play(marker: CueMarker): void {
    // A new cue replaces the one still sounding: cues never overlap.
    this.stop();
    const howler = howlerNow();
    if (!this.sprite || !this.audible() || !howler) return;
    const howl = howlFor(howler, this.sprite);
    // Still loading (the first seconds of a screen, or a new language): howler would play it when loaded, out of step
    // with the movement. The next marker comes within seconds.
    if (howl.state() !== 'loaded') return;
    const cue = this.settings.cueSound === 'tone' ? `tone-${marker.breath}` : marker.breath;
    const id = howl.play(cue);
    howl.volume(this.ducked ? DUCKED_CUE_VOLUME : 1, id);
    this.current = { howl, id };
    announceCuePlayed({ sound: cue, language: this.sprite.language, ducked: this.ducked });
  }

  /** Lowers the cues (the one sounding too) while a screen is read aloud, and brings them back after. */
  duck(on: boolean): void {
    this.ducked = on;
    if (this.current) this.current.howl.volume(on ? DUCKED_CUE_VOLUME : 1, this.current.id);
  }

  stop(): void {
    if (this.current) this.current.howl.stop(this.current.id);
    this.current = null;
  }
}
