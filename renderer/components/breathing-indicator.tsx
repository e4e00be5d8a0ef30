/** A calm circle that grows while breathing in and shrinks while breathing out, with the word, for members who cannot hear the cue. */
import './breathing-indicator.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUE_EVENT, CUES_STOPPED_EVENT, type CueEventDetail } from '../audio/cue-events';

export function BreathingIndicator() {
  const { t } = useTranslation();
  const [breath, setBreath] = useState<{ kind: 'inhale' | 'exhale'; seconds: number; count: number } | null>(null);

  useEffect(() => {
    const onCue = (event: Event) => {
      const { breath: kind, duration } = (event as CustomEvent<CueEventDetail>).detail;
      setBreath((previous) => ({ kind, seconds: duration, count: (previous?.count ?? 0) + 1 }));
    };
    const onStopped = () => setBreath(null);
    window.addEventListener(CUE_EVENT, onCue);
    window.addEventListener(CUES_STOPPED_EVENT, onStopped);
    return () => {
      window.removeEventListener(CUE_EVENT, onCue);
      window.removeEventListener(CUES_STOPPED_EVENT, onStopped);
    };
  }, []);

  const kind = breath?.kind ?? 'steady';
  return (
    <div className={`breathing-indicator breathing-indicator--${kind}`} data-breath={kind} aria-live="polite">
      {/* Steady has no style attribute: main draws this screen into the page, whose security policy refuses inline style markup. */}
      <div className="breathing-indicator__circle" style={breath ? { animationDuration: `${breath.seconds}s` } : undefined} key={breath?.count ?? 0} aria-hidden="true" />
      <p className="breathing-indicator__word">{t(`breathing.${kind}`)}</p>
    </div>
  );
}
