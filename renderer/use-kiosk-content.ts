/**
 * Settings and the station's content in the current language, asked for in one request at start, then kept current
 * by main's pushes: content is fetched again only when the station, the language or the live content version
 * changes, never for a volume or mute save. The last good content stays on screen.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { KioskBridge, StartState } from '../common/channels';
import type { KioskContent, LanguageInfo } from '../common/content-view';
import { HEARTBEAT_INTERVAL_MS } from '../common/idle-policy';
import type { KioskError, Result } from '../common/result';
import { isScreenName } from '../common/screens';
import type { KioskSettings } from '../common/settings';
import { takeStartRequest } from './start-request';

export interface KioskState {
  settings: KioskSettings | null;
  content: KioskContent | null;
  error: KioskError | null;
  language: string;
  /** The languages members may pick, in content order. */
  languages: LanguageInfo[];
  setLanguage(language: string): void;
  /** New saved settings (from a staff save or a push); a new default language applies at once. */
  applySettings(settings: KioskSettings): void;
  retry(): void;
}

/** The language a member or the idle reset asks for replaces the one shown. */
const chooseLanguage = (_shown: string, asked: string): string => asked;

/** The state the page starts from: empty while the start request is out, or drawn at once from the start main handed in. */
function initialState(start: Result<StartState> | null, fallbackLanguage: string) {
  if (!start) return { settings: null, content: null, error: null, language: fallbackLanguage, answered: false };
  if (!start.ok) return { settings: null, content: null, error: start.error, language: fallbackLanguage, answered: true };
  const { settings, content } = start.value;
  return { settings, content: content.ok ? content.value : null, error: content.ok ? null : content.error, language: settings.defaultLanguage, answered: true };
}

/** `start`: what main handed in with the page (no request then); null: ask for it. */
export function useKioskContent(bridge: KioskBridge, initialLanguage: string, start: Result<StartState> | null = null): KioskState {
  const [initial] = useState(() => initialState(start, initialLanguage));
  const [settings, setSettings] = useState<KioskSettings | null>(initial.settings);
  const [content, setContent] = useState<KioskContent | null>(initial.content);
  const [error, setError] = useState<KioskError | null>(initial.error);
  // A reducer, not useState: the idle reset asks for the default language after every session, mostly the one shown, and
  // a useState setter handed the value it holds keeps that update queued on a component that does not render again.
  const [language, setLanguage] = useReducer(chooseLanguage, initial.language);
  const [attempt, setAttempt] = useState(0);
  // The newest content version main told us about; a change fetches the content again.
  const [liveVersion, setLiveVersion] = useState<string | null>(null);
  const shown = useRef<{ settings: KioskSettings | null; version: string | null }>({ settings: initial.settings, version: initial.content?.version ?? null });

  const applySettings = useCallback((next: KioskSettings) => {
    const previous = shown.current.settings;
    shown.current.settings = next;
    if (previous?.defaultLanguage !== next.defaultLanguage) setLanguage(next.defaultLanguage);
    setSettings(next);
  }, []);

  // One request at start for the settings and the first screen's content (not one, then the other).
  const started = useRef<{ station: string; language: string; version: string } | null>(
    initial.settings && initial.content ? { station: initial.settings.station, language: initial.settings.defaultLanguage, version: initial.content.version } : null,
  );
  // Until the start's answer is in, a settings push (the event stream replays the latest) must not fetch content too.
  const [startAnswered, setStartAnswered] = useState(initial.answered);
  const handedIn = initial.answered;
  useEffect(() => {
    // The page came with its start: nothing to ask for, until a retry.
    if (handedIn && attempt === 0) return;
    let current = true;
    void takeStartRequest(bridge).then((result) => {
      if (!current) return;
      setStartAnswered(true);
      if (!result.ok) return setError(result.error);
      const { settings: first, content: firstContent } = result.value;
      if (firstContent.ok) {
        started.current = { station: first.station, language: first.defaultLanguage, version: firstContent.value.version };
        shown.current.version = firstContent.value.version;
        setContent(firstContent.value);
        setError(null);
      } else {
        setError(firstContent.error);
      }
      applySettings(first);
    });
    return () => {
      current = false;
    };
  }, [bridge, attempt, applySettings, handedIn]);

  useEffect(() => {
    const stopSettings = bridge.on('settingsChanged', applySettings);
    const stopContent = bridge.on('contentChanged', ({ version }) => {
      if (version !== shown.current.version) setLiveVersion(version);
    });
    return () => {
      stopSettings();
      stopContent();
    };
  }, [bridge, applySettings]);

  const station = settings?.station;
  useEffect(() => {
    if (!station || !startAnswered) return;
    // The start's answer already holds this content: no second request for the same thing.
    const first = started.current;
    started.current = null;
    // (The event stream may have announced that same version meanwhile.)
    if (first && first.station === station && first.language === language && (liveVersion === null || liveVersion === first.version)) return;
    let current = true;
    void bridge.getContent({ language, station }).then((result) => {
      if (!current) return;
      if (result.ok) {
        shown.current.version = result.value.version;
        setContent(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [bridge, station, language, liveVersion, attempt, startAnswered]);

  // The heartbeat only says the page is alive and which screen it shows; main watches it.
  useEffect(() => {
    const timer = setInterval(() => {
      const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen');
      void bridge.heartbeat({ screen: isScreenName(screen) ? screen : 'loading' });
    }, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [bridge]);

  const enabled = settings?.enabledLanguages ?? [];
  const languages = (content?.languages ?? []).filter((entry) => enabled.length === 0 || enabled.includes(entry.code));
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { settings, content, error, language, languages, setLanguage, applySettings, retry };
}
