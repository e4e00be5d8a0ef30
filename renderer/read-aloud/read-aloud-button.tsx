/** The "Read aloud" / "Stop reading" button of a screen, with the audio it plays (Opus, MP3 for browsers without it). */
import './read-aloud-button.css';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../media-url';
import type { ReadAloudControl } from './use-read-aloud';

const TYPES: Record<string, string> = { webm: 'audio/webm; codecs=opus', mp3: 'audio/mpeg', ogg: 'audio/ogg' };

const noChanges = () => () => undefined;

export function ReadAloudButton({ control }: { control: ReadAloudControl | null }) {
  const { t } = useTranslation();
  // Drawn only where a script runs it: a page rendered to static HTML (the web export) gets no button that does nothing.
  const scripted = useSyncExternalStore(noChanges, () => true, () => false);
  if (!control || !scripted) return null;
  const { audioRef, readAloud, reading, toggle } = control;
  return (
    <div className="read-aloud">
      <button type="button" className="secondary-button read-aloud__button" data-reading-aloud={reading} onClick={toggle}>
        <span className="read-aloud__icon" aria-hidden="true">
          {reading ? '■' : '▶'}
        </span>
        {reading ? t('readAloud.stop') : t('readAloud.start')}
      </button>
      {/* A new element for new audio: a media element does not reload when only its <source> children change. */}
      <audio key={readAloud.src.join('|')} ref={audioRef} preload="none" lang={readAloud.language}>
        {readAloud.src.map((file) => (
          <source key={file} src={mediaUrl(file)} type={TYPES[file.split('.').pop() ?? ''] ?? ''} />
        ))}
      </audio>
    </div>
  );
}
