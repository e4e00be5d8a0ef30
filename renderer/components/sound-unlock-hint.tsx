/** In a browser, sound may only start after a first tap; until then, say so. Electron allows it from the start. */
import './sound-unlock-hint.css';
import { Howler } from 'howler';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

function audioLocked(): boolean {
  return Howler.ctx?.state === 'suspended';
}

export function SoundUnlockHint() {
  const { t } = useTranslation();
  const [locked, setLocked] = useState(audioLocked);

  useEffect(() => {
    const update = () => setLocked(audioLocked());
    const unlock = () => void Howler.ctx?.resume().then(update, update);
    // Howler makes its AudioContext with the first Howl; check once it exists.
    const timer = setTimeout(update, 500);
    window.addEventListener('pointerdown', unlock);
    Howler.ctx?.addEventListener('statechange', update);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', unlock);
      Howler.ctx?.removeEventListener('statechange', update);
    };
  }, []);

  if (!locked) return null;
  return (
    <p className="sound-hint" role="status">
      <span aria-hidden="true">🔈 </span>
      {t('breathing.tapForSound')}
    </p>
  );
}
