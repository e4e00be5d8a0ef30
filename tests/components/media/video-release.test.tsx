/** A closed screen's video lets go of its player at once (not when the garbage collector gets to it); one on screen never does. */
import { useEffect, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseVideo as Video } from '../../../common/content-view';
import { ExerciseVideo } from '../../../renderer/components/exercise-video';
import { AttractScreen } from '../../../renderer/screens/attract-screen';
import { ExerciseScreen } from '../../../renderer/screens/exercise-screen';
import { contentFor, renderInKiosk, showLanguage } from '../support/kiosk';

const content = contentFor('en');

/** The exercise screen, with a handle to change its exercise while it stays open (as a content update does). */
function SwitchingExercise({ onReady }: { onReady: (show: (id: string) => void) => void }) {
  const [id, setId] = useState('seated-leg-curl');
  useEffect(() => onReady(setId), [onReady]);
  return <ExerciseScreen exercise={content.exercises[id]!} />;
}

/** A screen's video that starts without one (an exercise with no video yet) and gets one while open, as content does. */
function VideoArrivingLater({ onReady }: { onReady: (show: (video: Video) => void) => void }) {
  const [video, setVideo] = useState<Video | null>(null);
  useEffect(() => onReady(setVideo), [onReady]);
  return <ExerciseVideo video={video} name="Seated leg curl" />;
}

/** Waits until the real file has loaded far enough to have a player (its size and length known). */
async function playerLoaded(video: HTMLVideoElement): Promise<void> {
  await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
}

/** Released: no source, nothing loaded, no network (the state a media element's load() leaves without a source). */
async function released(video: HTMLVideoElement): Promise<void> {
  await expect.poll(() => [video.getAttribute('src'), video.readyState, video.networkState], { timeout: 5_000 }).toEqual([null, HTMLMediaElement.HAVE_NOTHING, HTMLMediaElement.NETWORK_EMPTY]);
}

describe('video release', () => {
  beforeEach(() => showLanguage(content));

  it('the exercise screen\'s video drops its player when the screen closes', async () => {
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={content.exercises['seated-leg-curl']!} />);
    const video = screen.container.querySelector('video')!;
    await playerLoaded(video);
    screen.unmount();
    expect(video.isConnected).toBe(false);
    await released(video);
  });

  it('the attract loop\'s video drops its player when a member\'s touch closes it', async () => {
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);
    const video = screen.container.querySelector('video')!;
    await playerLoaded(video);
    screen.unmount();
    await released(video);
  });

  it('the video on screen keeps its player when the exercise changes under it', async () => {
    let show: (id: string) => void = () => undefined;
    const { screen } = await renderInKiosk(<SwitchingExercise onReady={(setter) => (show = setter)} />);
    const video = screen.container.querySelector('video')!;
    await playerLoaded(video);
    show('kickback');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(content.exercises['kickback']!.name);
    const shown = screen.container.querySelector('video')!;
    // Longer than a release waits for an idle moment, in case anything asked for one.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(shown.isConnected).toBe(true);
    expect(shown.getAttribute('src')).toBe(`./media/${content.exercises['kickback']!.video!.file}`);
    await playerLoaded(shown);
    // The screen draws a new element for a new exercise: the one it took down is released like any other.
    expect(shown).not.toBe(video);
    await released(video);
  });

  it('a video that content adds to an open screen drops its player when the screen closes', async () => {
    let show: (video: Video) => void = () => undefined;
    const { screen } = await renderInKiosk(<VideoArrivingLater onReady={(setter) => (show = setter)} />);
    expect(screen.container.querySelector('video')).toBeNull();
    show(content.exercises['seated-leg-curl']!.video!);
    await expect.poll(() => screen.container.querySelector('video')).not.toBeNull();
    const video = screen.container.querySelector('video')!;
    await playerLoaded(video);
    screen.unmount();
    await released(video);
  });

  it('a video that fails drops its player when the screen shows the poster in its place, while it stays open', async () => {
    const missing = { ...content.exercises['seated-leg-curl']!.video!, file: 'no-such-video.mp4' };
    const { screen } = await renderInKiosk(<ExerciseVideo video={missing} name="Seated leg curl" />);
    const video = screen.container.querySelector('video')!;
    await expect.poll(() => screen.container.querySelector('img.exercise-video__media'), { timeout: 10_000 }).not.toBeNull();
    expect(video.isConnected).toBe(false);
    await released(video);
  });
});
