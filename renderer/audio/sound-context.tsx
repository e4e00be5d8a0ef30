/** One cue player for the whole kiosk: it follows the settings and the language, and plays every announced cue. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CueSprite } from '../../common/content-view';
import { CUE_EVENT, CUES_STOPPED_EVENT, type CueEventDetail } from './cue-events';
import { CuePlayer, type SoundSettings } from './cue-player';

const SoundContext = createContext<CuePlayer | null>(null);
/** The sound settings, for what plays besides the cues (read aloud); null before they arrive. */
const SoundSettingsContext = createContext<SoundSettings | null>(null);

export function SoundProvider({ sprite, settings, children }: { sprite: CueSprite | null; settings: SoundSettings | null; children: ReactNode }) {
  const [player] = useState(() => new CuePlayer());

  useEffect(() => {
    player.setSprite(sprite);
  }, [player, sprite]);
  useEffect(() => {
    if (settings) player.setSettings(settings);
  }, [player, settings]);
  useEffect(() => {
    const onCue = (event: Event) => player.play((event as CustomEvent<CueEventDetail>).detail);
    const onStopped = () => player.stop();
    window.addEventListener(CUE_EVENT, onCue);
    window.addEventListener(CUES_STOPPED_EVENT, onStopped);
    return () => {
      window.removeEventListener(CUE_EVENT, onCue);
      window.removeEventListener(CUES_STOPPED_EVENT, onStopped);
      player.stop();
    };
  }, [player]);

  return (
    <SoundContext.Provider value={player}>
      <SoundSettingsContext.Provider value={settings}>{children}</SoundSettingsContext.Provider>
    </SoundContext.Provider>
  );
}

export function useCuePlayer(): CuePlayer | null {
  return useContext(SoundContext);
}

export function useSoundSettings(): SoundSettings | null {
  return useContext(SoundSettingsContext);
}
