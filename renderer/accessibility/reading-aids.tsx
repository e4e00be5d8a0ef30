/**
 * Reading aids a member can switch on for their own session: larger text and a high-contrast theme (both at once
 * if they like). They live on the document root as attributes, so every token in styles/reading-aids.css changes
 * for the whole interface at once, dialogs and the PIN pad included; the idle reset switches them off again.
 */
import '../styles/reading-aids.css';
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';

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

type ReadingAidsAction = { type: 'toggle'; aid: keyof ReadingAidsState } | { type: 'reset' };

function nextReadingAids(state: ReadingAidsState, action: ReadingAidsAction): ReadingAidsState {
  if (action.type === 'toggle') return { ...state, [action.aid]: !state[action.aid] };
  return state.largeText || state.highContrast ? OFF : state;
}

export function ReadingAidsProvider({ children }: { children: ReactNode }) {
  // A reducer, not useState: a useState setter handed the value it holds keeps that update queued on a provider that does
  // not render again, and the idle reset hands it OFF after nearly every session (the 30-day soak's slow heap growth).
  const [state, dispatch] = useReducer(nextReadingAids, OFF);

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

  const toggle = useCallback((aid: keyof ReadingAidsState) => dispatch({ type: 'toggle', aid }), []);
  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  const value = useMemo(() => ({ ...state, toggle, reset }), [state, toggle, reset]);
  return <ReadingAidsContext.Provider value={value}>{children}</ReadingAidsContext.Provider>;
}

export function useReadingAids(): ReadingAids {
  return useContext(ReadingAidsContext);
}
