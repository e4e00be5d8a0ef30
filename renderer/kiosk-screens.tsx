/** Which screen shows: the resting attract loop, a small history of member screens, staff entry, and the idle reset between them. */
import { useCallback, useEffect, useState, type SetStateAction } from 'react';
import type { KioskBridge } from '../common/channels';
import { STAFF_COUNTDOWN_SECONDS, STAFF_IDLE_SECONDS } from '../common/idle-policy';
import { defaultSettings } from '../common/default-settings';
import { useReadingAids } from './accessibility/reading-aids';
import { SoundProvider } from './audio/sound-context';
import { useIdleTimer } from './idle/use-idle-timer';
import { useOpeningHours } from './idle/use-opening-hours';
import { NavigationContext, type Navigation, type Route } from './navigation';
import { AttractScreen } from './screens/attract-screen';
import { ErrorScreen } from './screens/error-screen';
import { CreditsScreen, ExerciseScreen, GuideScreen, loadOnDemandScreens, MuscleScreen, PinPad, SleepScreen, StaffCorner, StaffPanel, StillThereDialog } from './on-demand-screens';
import { HomeScreen } from './screens/home-screen';
import { LoadingScreen } from './screens/loading-screen';
import type { KioskState } from './use-kiosk-content';
import { scrollKioskToTop } from './components/kiosk-frame';
import { useStationLoops } from './components/use-station-loops';
import { MemberScreensFrame } from './components/screen-frame';
import type { ScreenName } from '../common/screens';

const HOME_ROUTE: Route = { screen: 'home' };
const HOME: Route[] = [HOME_ROUTE];

export function KioskScreens({ bridge, kiosk, awake = false }: { bridge: KioskBridge; kiosk: KioskState; awake?: boolean }) {
  const { settings, setLanguage } = kiosk;
  const [history, setShownHistory] = useState<Route[]>(HOME);
  // The kiosk rests (attract loop) at start-up and after every idle reset, until a member touches it.
  const [resting, setShownResting] = useState(!awake);
  // Every screen starts at its top. The page goes back up before the next screen is drawn, while its layout is still
  // the last frame's: scrolled once the new screen is in, it would lay that screen out inside the tap (~8 ms a tap).
  const setHistory = useCallback((update: SetStateAction<Route[]>) => {
    scrollKioskToTop();
    setShownHistory(update);
  }, []);
  const setResting = useCallback((next: boolean) => {
    scrollKioskToTop();
    setShownResting(next);
  }, []);
  // The guide keeps the last muscle a member chose highlighted when they come back to it.
  const [chosenMuscle, setChosenMuscle] = useState<string | null>(null);
  const [pinPadOpen, setPinPadOpen] = useState(false);
  const [staffToken, setStaffToken] = useState<string | null>(null);
  const resetReadingAids = useReadingAids().reset;

  /** The next member must never meet the last one's screen, language or sound. */
  const reset = useCallback(() => {
    setHistory(HOME);
    setChosenMuscle(null);
    setResting(true);
    resetReadingAids();
    if (settings) setLanguage(settings.defaultLanguage);
  }, [settings, setLanguage, resetReadingAids, setHistory, setResting]);

  const closeStaff = useCallback(() => {
    if (staffToken) void bridge.staffLock({ token: staffToken });
    setStaffToken(null);
    setPinPadOpen(false);
    reset();
  }, [bridge, staffToken, reset]);

  useEffect(() => bridge.on('forceReset', closeStaff), [bridge, closeStaff]);

  // Outside opening hours the kiosk rests on the sleep screen instead; a touch wakes it for one member.
  const opening = useOpeningHours(settings?.openingHours);
  const sleeping = resting && opening.closed;
  const showsAttract = resting && !opening.closed && (settings ?? defaultSettings).attractLoop;
  const idle = useIdleTimer({
    enabled: Boolean(settings && kiosk.content) && !showsAttract && !sleeping && !staffToken,
    idleMs: (settings ?? defaultSettings).idleTimeoutSeconds * 1000,
    countdownMs: (settings ?? defaultSettings).idleCountdownSeconds * 1000,
    onReset: closeStaff,
  });
  // The staff panel closes by itself after two minutes without a touch (the last ten as a countdown).
  const staffIdle = useIdleTimer({
    enabled: staffToken !== null,
    idleMs: (STAFF_IDLE_SECONDS - STAFF_COUNTDOWN_SECONDS) * 1000,
    countdownMs: STAFF_COUNTDOWN_SECONDS * 1000,
    onReset: closeStaff,
  });

  const route = history.at(-1) ?? HOME_ROUTE;
  const hasContent = Boolean(kiosk.content);
  // After the first screen with content (effects run once it is drawn), not before: they would compete with it.
  useEffect(() => {
    if (hasContent) loadOnDemandScreens();
  }, [hasContent]);
  useStationLoops(kiosk.content);

  if (!kiosk.content) {
    return kiosk.error ? <ErrorScreen error={kiosk.error} onRetry={kiosk.retry} /> : <LoadingScreen />;
  }
  const content = kiosk.content;

  const staffEntry = (
    <>
      <StaffCorner onOpen={() => setPinPadOpen(true)} />
      {pinPadOpen && (
        <PinPad
          onCancel={() => setPinPadOpen(false)}
          onUnlocked={(token) => {
            setPinPadOpen(false);
            setStaffToken(token);
          }}
        />
      )}
    </>
  );

  if (staffToken && settings) {
    return (
      <>
        <StaffPanel token={staffToken} settings={settings} content={content} onSaved={kiosk.applySettings} onClose={closeStaff} />
        {staffIdle.warning && <StillThereDialog secondsLeft={staffIdle.secondsLeft} />}
      </>
    );
  }

  if (sleeping) {
    return (
      <>
        <SleepScreen now={opening.now} nextOpening={opening.nextOpening} onWake={() => setResting(false)} />
        {staffEntry}
      </>
    );
  }

  if (showsAttract) {
    return (
      <>
        <AttractScreen content={content} languages={kiosk.languages} onStart={() => setResting(false)} />
        {staffEntry}
      </>
    );
  }

  const navigation: Navigation = {
    canGoBack: history.length > 1,
    open: (next) => {
      if (next.screen === 'muscle') setChosenMuscle(next.id);
      setHistory((routes) => [...routes, next]);
    },
    back: () => setHistory((routes) => (routes.length > 1 ? routes.slice(0, -1) : routes)),
    home: () => setHistory(HOME),
    language: kiosk.language,
    languages: kiosk.languages,
    setLanguage,
  };
  const muscle = route.screen === 'muscle' ? content.muscles[route.id] : undefined;
  const exercise = route.screen === 'exercise' ? content.exercises[route.id] : undefined;
  // A muscle or exercise the content no longer has (swapped while its screen was open) shows home.
  const shown: ScreenName = muscle ? 'muscle' : exercise ? 'exercise' : route.screen === 'guide' || route.screen === 'credits' ? route.screen : 'home';

  return (
    <SoundProvider sprite={content.cueSprite} settings={settings}>
      <NavigationContext.Provider value={navigation}>
        <MemberScreensFrame name={shown} visit={history.length}>
          {muscle ? (
            <MuscleScreen muscle={muscle} />
          ) : exercise ? (
            <ExerciseScreen exercise={exercise} />
          ) : shown === 'guide' ? (
            <GuideScreen content={content} chosenMuscle={chosenMuscle} />
          ) : shown === 'credits' ? (
            <CreditsScreen credits={content.credits} />
          ) : (
            <HomeScreen content={content} />
          )}
        </MemberScreensFrame>
        {idle.warning && <StillThereDialog secondsLeft={idle.secondsLeft} />}
        {staffEntry}
      </NavigationContext.Provider>
    </SoundProvider>
  );
}
