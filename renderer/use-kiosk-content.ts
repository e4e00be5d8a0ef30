/** Loads settings, then the station's content in the current language; keeps the last good content on screen. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskBridge, KioskContent, KioskError, KioskSettings, LanguageInfo } from '../main/contract';

/** How often the page sends its heartbeat (and learns which content version is live). */
export const HEARTBEAT_MS = 5_000;

export interface KioskState {
  settings: KioskSettings | null;
  content: KioskContent | null;
  error: KioskError | null;
  language: string;
  /** The languages members may pick, in content order. */
  languages: LanguageInfo[];
  setLanguage(language: string): void;
  /** After staff saved: the new settings, and the new default language at once. */
  applySettings(settings: KioskSettings): void;
  retry(): void;
}

export function useKioskContent(bridge: KioskBridge, initialLanguage: string): KioskState {
  const [settings, setSettings] = useState<KioskSettings | null>(null);
  const [content, setContent] = useState<KioskContent | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [language, setLanguage] = useState(initialLanguage);
  const [attempt, setAttempt] = useState(0);
  const [revision, setRevision] = useState(0);
  const shownVersion = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    void bridge.getSettings().then((result) => {
      if (!current) return;
      if (result.ok) {
        setSettings(result.value);
        setLanguage(result.value.defaultLanguage);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [bridge, attempt]);

  useEffect(() => {
    if (!settings) return;
    let current = true;
    void bridge.getContent({ language, station: settings.station }).then((result) => {
      if (!current) return;
      if (result.ok) {
        shownVersion.current = result.value.version;
        setContent(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [bridge, settings, language, attempt, revision]);

  // The heartbeat tells main the page is alive; its answer says which content is live, so edits show up.
  useEffect(() => {
    const timer = setInterval(() => {
      const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? 'none';
      void bridge.heartbeat({ screen }).then((result) => {
        const live = result.ok ? result.value.contentVersion : null;
        if (live !== null && live !== shownVersion.current) setRevision((value) => value + 1);
      });
    }, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [bridge]);

  const enabled = settings?.enabledLanguages ?? [];
  const languages = (content?.languages ?? []).filter((entry) => enabled.length === 0 || enabled.includes(entry.code));
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const applySettings = useCallback(
    (next: KioskSettings) => {
      if (settings?.defaultLanguage !== next.defaultLanguage) setLanguage(next.defaultLanguage);
      setSettings(next);
    },
    [settings],
  );
  return { settings, content, error, language, languages, setLanguage, applySettings, retry };
}
