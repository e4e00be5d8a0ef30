/** In a browser, sound may only start after a first tap; until then, say so. Electron allows it from the start. */
import './sound-unlock-hint.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { howlerNow, loadHowler } from '../audio/howler-module';
import { cuesWouldSound } from '../audio/cue-player';
import { useSoundSettings } from '../audio/sound-context';
import { followAudioContext, soundAllowed } from '../audio/sound-allowed';

/**
 * Locked only until sound is allowed (a first touch, or a host that allows autoplay): a context suspended after that
 * is howler's own rest after 30 s of silence (it wakes with the next sound), and a hint then would push the screen
 * down under a member's finger.
 */
function audioLocked(): boolean {
  return howlerNow()?.Howler.ctx?.state === 'suspended' && !soundAllowed();
}

export function SoundUnlockHint() {
  const { t } = useTranslation();
  const [locked, setLocked] = useState(audioLocked);
  const soundSettings = useSoundSettings();

  useEffect(() => {
    let context: AudioContext | null = null;
    let current = true;
    const update = () => setLocked(audioLocked());
    const unlock = () => void howlerNow()?.Howler.ctx?.resume().then(update, update);
    // Howler makes its AudioContext with the first Howl, which may come later than the screen (its sprite is
    // still loading): look again until it exists, then follow its state.
    const watch = () => {
      void loadHowler().then(({ Howler }) => {
        if (!current) return;
        context = Howler.ctx ?? null;
        if (!context) {
          timer = setTimeout(watch, 500);
          return;
        }
        // The cue player follows the context it makes; this one may come first (howler makes it for a volume change too).
        followAudioContext(context);
        context.addEventListener('statechange', update);
        update();
      });
    };
    let timer = setTimeout(watch, 500);
    window.addEventListener('pointerdown', unlock);
    return () => {
      current = false;
      clearTimeout(timer);
      window.removeEventListener('pointerdown', unlock);
      context?.removeEventListener('statechange', update);
    };
  }, []);

  // Nothing to unlock while the cues would not sound anyway (muted, volume 0, cues off, quiet hours).
  if (!locked || (soundSettings && !cuesWouldSound(soundSettings, new Date()))) return null;
  return (
    <p className="sound-hint" role="status">
      <span aria-hidden="true">🔈 </span>
      {t('breathing.tapForSound')}
    </p>
  );
}
