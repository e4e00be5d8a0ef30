/**
 * Counts touch, pointer and key activity (never video playback). After `idleMs` without any, a warning
 * counts down `countdownMs`; activity dismisses it, and the end of the countdown calls onReset.
 * Plain setTimeout/setInterval, so a test clock controls every step.
 */
import { useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

export interface IdleState {
  warning: boolean;
  secondsLeft: number;
}

export function useIdleTimer({ enabled, idleMs, countdownMs, onReset }: { enabled: boolean; idleMs: number; countdownMs: number; onReset: () => void }): IdleState {
  const [state, setState] = useState<IdleState>({ warning: false, secondsLeft: Math.ceil(countdownMs / 1000) });
  const onResetRef = useRef(onReset);
  useEffect(() => {
    onResetRef.current = onReset;
  }, [onReset]);

  useEffect(() => {
    if (!enabled) return;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let resetTimer: ReturnType<typeof setTimeout> | undefined;
    let ticker: ReturnType<typeof setInterval> | undefined;
    let warningSince: number | null = null;

    const clearAll = () => {
      clearTimeout(idleTimer);
      clearTimeout(resetTimer);
      clearInterval(ticker);
    };
    const startWarning = () => {
      warningSince = Date.now();
      setState({ warning: true, secondsLeft: Math.ceil(countdownMs / 1000) });
      ticker = setInterval(() => {
        const left = Math.max(0, Math.ceil((countdownMs - (Date.now() - (warningSince ?? Date.now()))) / 1000));
        setState({ warning: true, secondsLeft: left });
      }, 1000);
      resetTimer = setTimeout(() => {
        clearAll();
        warningSince = null;
        setState({ warning: false, secondsLeft: Math.ceil(countdownMs / 1000) });
        onResetRef.current();
      }, countdownMs);
    };
    const restart = () => {
      clearAll();
      if (warningSince !== null) {
        warningSince = null;
        setState({ warning: false, secondsLeft: Math.ceil(countdownMs / 1000) });
      }
      idleTimer = setTimeout(startWarning, idleMs);
    };

    restart();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      clearAll();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart, { capture: true });
      setState({ warning: false, secondsLeft: Math.ceil(countdownMs / 1000) });
    };
  }, [enabled, idleMs, countdownMs]);

  return state;
}
