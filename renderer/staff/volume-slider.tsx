/** The volume as a slider that follows the finger at once and saves once, when it is let go. */
import './volume-slider.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function VolumeSlider({ volume, onCommit }: { volume: number; onCommit: (volume: number) => void }) {
  const { t } = useTranslation();
  // The value under the finger while it moves; null when the slider shows the saved volume.
  const [moving, setMoving] = useState<number | null>(null);
  const percent = moving ?? Math.round(volume * 100);
  // A drag sends one save, not one per step; a lifted finger, a key or leaving the slider ends the change.
  const commit = () => {
    if (moving === null) return;
    setMoving(null);
    if (moving !== Math.round(volume * 100)) onCommit(moving / 100);
  };
  return (
    <label className="range">
      <span>{t('staff.sound.volume', { percent })}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={10}
        value={percent}
        onChange={(event) => setMoving(Number(event.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
    </label>
  );
}
