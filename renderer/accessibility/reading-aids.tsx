/**
 * Reading aids a member can switch on for their own session: larger text and a high-contrast theme (both at once
 * if they like). They live on the document root as attributes, so every token in styles/reading-aids.css changes
 * for the whole interface at once, dialogs and the PIN pad included; the idle reset switches them off again.
 */
import '../styles/reading-aids.css';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface ReadingAidsState {
  largeText: boolean;
  highContrast: boolean;
}

export interface ReadingAids extends ReadingAidsState {
  toggle: (aid: keyof ReadingAidsState) => void;
  /** Back to the normal text and theme: the next member starts where everyone starts. */
  reset: () => void;
}

const OFF: ReadingAidsState = { largeText: false, highContrast: false };

/** The attributes on <html> that styles/reading-aids.css keys on. */
export const READING_AID_ATTRIBUTES: Record<keyof ReadingAidsState, string> = {
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
};

const ReadingAidsContext = createContext<ReadingAids>({ ...OFF, toggle: () => undefined, reset: () => undefined });

export function ReadingAidsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ReadingAidsState>(OFF);

  useEffect(() => {
    const root = document.documentElement;
    for (const [aid, attribute] of Object.entries(READING_AID_ATTRIBUTES)) root.toggleAttribute(attribute, state[aid as keyof ReadingAidsState]);
  }, [state]);
  useEffect(
    () => () => {
      for (const attribute of Object.values(READING_AID_ATTRIBUTES)) document.documentElement.removeAttribute(attribute);
    },
    [],
  );

  const toggle = useCallback((aid: keyof ReadingAidsState) => setState((current) => ({ ...current, [aid]: !current[aid] })), []);
  const reset = useCallback(() => setState(OFF), []);
  const value = useMemo(() => ({ ...state, toggle, reset }), [state, toggle, reset]);
  return <ReadingAidsContext.Provider value={value}>{children}</ReadingAidsContext.Provider>;
}

export function useReadingAids(): ReadingAids {
  return useContext(ReadingAidsContext);
}
