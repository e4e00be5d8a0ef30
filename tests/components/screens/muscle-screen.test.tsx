import { beforeEach, describe, expect, it } from 'vitest';
import { MuscleScreen } from '../../../renderer/screens/muscle-screen';
import { contentFor, itemsUnder, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('muscle screen', () => {
  const content = contentFor('en');
  const muscle = content.muscles.semimembranosus!;

  beforeEach(() => showLanguage(content));

  it('shows the muscle card: name, Latin name, group, origin, insertion and nerve supply', async () => {
    const { screen } = await renderInKiosk(<MuscleScreen muscle={muscle} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('muscle');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(muscle.name);
    const latin = screen.getByText(muscle.latinName, { exact: true });
    await expect.element(latin).toHaveAttribute('lang', 'la');
    // Each fact is a term with its value beside it.
    const facts = [...screen.container.querySelectorAll('dl.facts > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(facts).toEqual([
      [uiWord(content, 'muscle.group'), muscle.group],
      [uiWord(content, 'muscle.origin'), muscle.origin],
      [uiWord(content, 'muscle.insertion'), muscle.insertion],
      [uiWord(content, 'muscle.innervation'), muscle.innervation],
    ]);
  });

  it('lists its functions and notes under their headings', async () => {
    const { screen } = await renderInKiosk(<MuscleScreen muscle={muscle} />);

    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.functions') }).element())).toEqual(muscle.functions);
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.notes') }).element())).toEqual(muscle.notes);
  });

  it('lists the exercises that train it, main and supporting, and opens the one a member taps', async () => {
    const { screen, navigation } = await renderInKiosk(<MuscleScreen muscle={muscle} />);

    expect(muscle.primaryExercises.length).toBeGreaterThan(0);
    expect(muscle.secondaryExercises.length).toBeGreaterThan(0);
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.primaryExercises') }).element())).toEqual(muscle.primaryExercises.map((exercise) => exercise.name));
    expect(itemsUnder(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.secondaryExercises') }).element())).toEqual(muscle.secondaryExercises.map((exercise) => exercise.name));

    const exercises = [...muscle.primaryExercises, ...muscle.secondaryExercises];
    for (const exercise of exercises) await screen.getByRole('button', { name: exercise.name, exact: true }).click();
    expect(navigation.opened).toEqual(exercises.map((exercise) => ({ screen: 'exercise', id: exercise.id })));
  });

  it('leaves out a list the muscle has nothing for', async () => {
    const glutes = content.muscles['gluteus-maximus']!;
    const { screen } = await renderInKiosk(<MuscleScreen muscle={glutes} />);

    expect(glutes.secondaryExercises).toEqual([]);
    await expect.element(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.primaryExercises') })).toBeVisible();
    await expect.element(screen.getByRole('heading', { level: 2, name: uiWord(content, 'muscle.secondaryExercises') })).not.toBeInTheDocument();
  });
});
