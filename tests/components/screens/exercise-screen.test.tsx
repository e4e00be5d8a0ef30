import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseScreen } from '../../../renderer/screens/exercise-screen';
import { contentFor, itemsUnder, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('exercise screen', () => {
  const content = contentFor('en');
  const exercise = content.exercises['seated-leg-curl']!;

  beforeEach(() => showLanguage(content));
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the exercise, its equipment and its looping demonstration', async () => {
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={exercise} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('exercise');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(exercise.name);
    await expect.element(screen.getByText(uiWord(content, 'exercise.equipment'), { exact: true })).toBeVisible();
    await expect.element(screen.getByText(exercise.equipment, { exact: true })).toBeVisible();
    const video = screen.getByLabelText(uiWord(content, 'video.label', { name: exercise.name })).element() as HTMLVideoElement;
    expect(video.tagName).toBe('VIDEO');
    expect(video.getAttribute('src')).toBe(`./media/${exercise.video!.file}`);
    expect([video.muted, video.loop, video.autoplay]).toEqual([true, true, true]);
    await expect.element(screen.getByText(uiWord(content, 'breathing.steady'), { exact: true })).toBeVisible();
  });

  it('shows the course of motion as numbered steps, then breathing, tips and variations, in the content\'s order', async () => {
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={exercise} />);

    const steps = screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.courseOfMotion') }).element();
    expect(steps.closest('section')?.querySelector('ol')).not.toBeNull();
    expect(itemsUnder(steps)).toEqual(exercise.courseOfMotion);
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.breathing') }).element())).toEqual(exercise.breathing);
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.tips') }).element())).toEqual(exercise.tips);
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.variations') }).element())).toEqual(exercise.variations);
  });

  it('lists the muscles it trains and opens the card of the one a member taps', async () => {
    const { screen, navigation } = await renderInKiosk(<ExerciseScreen exercise={exercise} />);

    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.primaryMuscles') }).element())).toEqual(exercise.primaryMuscles.map((muscle) => muscle.name));
    // The seated leg curl has no supporting muscles: no empty heading for them.
    expect(exercise.secondaryMuscles).toEqual([]);
    await expect.element(screen.getByRole('heading', { name: uiWord(content, 'exercise.secondaryMuscles') })).not.toBeInTheDocument();

    for (const muscle of exercise.primaryMuscles) await screen.getByRole('button', { name: muscle.name, exact: true }).click();
    expect(navigation.opened).toEqual(exercise.primaryMuscles.map((muscle) => ({ screen: 'muscle', id: muscle.id })));
  });

  it('lists supporting muscles where the exercise has them', async () => {
    const deadlift = content.exercises['cable-deadlift']!;
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={deadlift} />);

    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.secondaryMuscles') }).element())).toEqual(deadlift.secondaryMuscles.map((muscle) => muscle.name));
  });

  it('shows the poster and a note instead of a video that cannot play, and reports it for staff', async () => {
    // The real exercise, with a video file that is not in the assets folder.
    const broken = { ...exercise, video: { ...exercise.video!, file: 'video/seated-leg-curl-missing.webm' } };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { screen, bridge } = await renderInKiosk(<ExerciseScreen exercise={broken} />);

    await expect.element(screen.getByText(uiWord(content, 'video.unavailable'))).toBeVisible();
    const poster = screen.getByRole('img', { name: uiWord(content, 'video.label', { name: exercise.name }) });
    await expect.element(poster).toHaveAttribute('src', `./media/${exercise.video!.poster}`);
    await expect.poll(() => (poster.element() as HTMLImageElement).naturalWidth).toBeGreaterThan(0);
    expect(bridge.requestsTo('reportError')).toEqual([{ source: 'media', message: 'Video video/seated-leg-curl-missing.webm could not be played' }]);
    expect(logged).toHaveBeenCalledWith('Video video/seated-leg-curl-missing.webm could not be played');
    // The steps are still there to follow.
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'exercise.courseOfMotion') }).element())).toEqual(exercise.courseOfMotion);
  });
});
