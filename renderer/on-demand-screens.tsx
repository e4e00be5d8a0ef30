/**
 * What the first screen does not need, in chunks of their own: the staff panel and PIN pad, the guide, the
 * credits, and the exercise and muscle screens (with read aloud and the QR code). The attract loop and the station's
 * home come first; these load a moment after the first screen, so a tap on one never waits, and until then the
 * loading screen (never a blank one) stands in.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { LoadingScreen } from './screens/loading-screen';

const loaders = {
  pinPad: () => import('./staff/pin-pad').then((module) => ({ default: module.PinPad })),
  staffPanel: () => import('./staff/staff-panel').then((module) => ({ default: module.StaffPanel })),
  guide: () => import('./screens/guide-screen').then((module) => ({ default: module.GuideScreen })),
  credits: () => import('./screens/credits-screen').then((module) => ({ default: module.CreditsScreen })),
  exercise: () => import('./screens/exercise-screen').then((module) => ({ default: module.ExerciseScreen })),
  muscle: () => import('./screens/muscle-screen').then((module) => ({ default: module.MuscleScreen })),
};

let scheduled = false;

/** Fetches every on-demand chunk once, a moment after the first screen and when the page is idle. */
export function loadOnDemandScreensSoon(): void {
  if (scheduled) return;
  scheduled = true;
  const load = () => Object.values(loaders).forEach((loader) => void loader().catch(() => undefined));
  setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 2_000 }) : load()), 1_000);
}

function onDemand<Props extends object>(component: LazyExoticComponent<ComponentType<Props>>, fallback: boolean) {
  const Component = component as unknown as ComponentType<Props>;
  return function OnDemand(props: Props) {
    return (
      <Suspense fallback={fallback ? <LoadingScreen /> : null}>
        <Component {...props} />
      </Suspense>
    );
  };
}

// The PIN pad lies over a screen that stays visible, so it needs no stand-in; the others replace the screen.
export const PinPad = onDemand(lazy(loaders.pinPad), false);
export const StaffPanel = onDemand(lazy(loaders.staffPanel), true);
export const GuideScreen = onDemand(lazy(loaders.guide), true);
export const CreditsScreen = onDemand(lazy(loaders.credits), true);
export const ExerciseScreen = onDemand(lazy(loaders.exercise), true);
export const MuscleScreen = onDemand(lazy(loaders.muscle), true);

