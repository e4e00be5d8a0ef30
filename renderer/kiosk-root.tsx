/** The whole page's tree, the same on the kiosk and in the first-screen bundle that draws it ahead (they must match to hydrate). */
import { StrictMode, useEffect, useRef } from 'react';
import type { KioskBridge, StartState } from '../common/channels';
import type { Result } from '../common/result';
import { App } from './app';
import { BridgeContext } from './bridge/bridge-context';
import { ErrorBoundary } from './components/error-boundary';
import { replayEarlyTaps } from './early-tap';

/** After the first commit (hydration done, the screen live): the taps that landed on main's drawing. */
function EarlyTapReplay() {
  // Once, also where StrictMode runs effects twice (the dev server): a replay is a member's tap.
  const replayed = useRef(false);
  useEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    replayEarlyTaps();
  }, []);
  return null;
}

/** `awake`: the page starts as a member's touch leaves the attract loop (the early script already showed that screen). */
export function KioskRoot({ bridge, start, awake = false }: { bridge: KioskBridge; start: Result<StartState> | null; awake?: boolean }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <BridgeContext.Provider value={bridge}>
          <App bridge={bridge} start={start} awake={awake} />
          <EarlyTapReplay />
        </BridgeContext.Provider>
      </ErrorBoundary>
    </StrictMode>
  );
}
