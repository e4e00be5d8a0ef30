/**
 * What the first screen does not need, in chunks of their own: the staff corner, panel and PIN pad, the guide, the
 * credits, the exercise and muscle screens (with read aloud and the QR code), the sleep screen and the idle warning.
 * The attract loop and the station's home come first; these are fetched right after the first screen with content,
 * so a tap on one never waits, and until one has arrived the loading screen (never a blank one) stands in.
 * No React.lazy: Suspense reveals with timers, and a screen must never wait on a timer (a kiosk's clock, or a
 * test's, may stand still).
 */
import { useEffect, useState, type ComponentType } from 'react';
import { LoadingScreen } from './screens/loading-screen';

interface OnDemand<Props> {
  (props: Props): React.JSX.Element | null;
  /** Starts fetching the chunk (once); resolves when the screen can be drawn. */
  load(): Promise<unknown>;
}

function onDemand<Props extends object>(fetchChunk: () => Promise<ComponentType<Props>>, standIn: boolean): OnDemand<Props> {
  let ready: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const load = () => {
    loading ??= fetchChunk().then(
      (component) => (ready = component),
      (error: Error) => {
        // A chunk that failed to arrive is asked for again next time.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function Screen(props: Props) {
    const [Component, setComponent] = useState<ComponentType<Props> | null>(() => ready);
    useEffect(() => {
      if (Component) return;
      let current = true;
      load().then(
        (component) => current && setComponent(() => component),
        (error: Error) => console.error(`A screen could not be loaded: ${error.message}`),
      );
      return () => {
        current = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return standIn ? <LoadingScreen /> : null;
  }
  return Object.assign(Screen, { load });
}

// The PIN pad lies over a screen that stays visible, so it needs no stand-in; the others replace the screen.
// The staff corner too: it is live only once the page's script runs, so main's drawing of the first screen leaves it
// out (a press on a drawn corner would go nowhere) and it joins the screen right after hydration.
export const StaffCorner = onDemand(() => import('./staff/staff-corner').then((module) => module.StaffCorner), false);
// Shown a minute after the last touch at the earliest, long after its chunk is in.
export const StillThereDialog = onDemand(() => import('./idle/still-there-dialog').then((module) => module.StillThereDialog), false);
// Only while the gym is closed; it places its clock with a style main's drawing could not carry (the page's policy
// allows no style attribute in markup), so a kiosk that starts at night paints the loading screen first.
export const SleepScreen = onDemand(() => import('./screens/sleep-screen').then((module) => module.SleepScreen), true);
export const PinPad = onDemand(() => import('./staff/pin-pad').then((module) => module.PinPad), false);
export const StaffPanel = onDemand(() => import('./staff/staff-panel').then((module) => module.StaffPanel), true);
export const GuideScreen = onDemand(() => import('./screens/guide-screen').then((module) => module.GuideScreen), true);
export const CreditsScreen = onDemand(() => import('./screens/credits-screen').then((module) => module.CreditsScreen), true);
export const ExerciseScreen = onDemand(() => import('./screens/exercise-screen').then((module) => module.ExerciseScreen), true);
export const MuscleScreen = onDemand(() => import('./screens/muscle-screen').then((module) => module.MuscleScreen), true);

/** Fetches every on-demand chunk (each once); called when the first screen with content is up. */
export function loadOnDemandScreens(): void {
  for (const screen of [StaffCorner, SleepScreen, ExerciseScreen, MuscleScreen, GuideScreen, CreditsScreen, StillThereDialog, PinPad, StaffPanel]) void screen.load().catch(() => undefined);
}
