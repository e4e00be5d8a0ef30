import { beforeEach, describe, expect, it } from 'vitest';
import { GuideScreen } from '../../../renderer/screens/guide-screen';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('guide screen', () => {
  const content = contentFor('en');
  const muscles = Object.values(content.muscles);

  beforeEach(() => showLanguage(content));

  it('shows each body map, named by its view, with every muscle drawn on it as a button', async () => {
    const { screen } = await renderInKiosk(<GuideScreen content={content} chosenMuscle={null} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('guide');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(uiWord(content, 'guide.title'));
    await expect.element(screen.getByText(uiWord(content, 'guide.hint'))).toBeVisible();
    expect(content.bodyMaps.length).toBeGreaterThan(0);
    for (const map of content.bodyMaps) {
      const view = uiWord(content, `guide.views.${map.view}`);
      // The drawing comes from the assets folder (./media/…); its muscles are buttons once it has loaded.
      const drawing = screen.getByRole('group', { name: view });
      await expect.element(drawing).toBeVisible();
      const onThisMap = muscles.filter((muscle) => muscle.bodyMapViews.includes(map.view));
      expect(onThisMap.length).toBeGreaterThan(0);
      for (const muscle of onThisMap) await expect.element(drawing.getByRole('button', { name: muscle.name, exact: true })).toHaveAttribute('aria-pressed', 'false');
      expect(drawing.getByRole('button').elements()).toHaveLength(onThisMap.length);
      expect([...screen.container.querySelectorAll('figcaption')].map((caption) => caption.textContent)).toContain(view);
    }
  });

  it('numbers the legend beside each map in the same order as its drawing', async () => {
    const { screen } = await renderInKiosk(<GuideScreen content={content} chosenMuscle={null} />);

    for (const view of ['back', 'front'] as const) {
      const drawing = screen.getByRole('group', { name: uiWord(content, `guide.views.${view}`) });
      await expect.element(drawing.getByRole('button').first()).toBeVisible();
      const figure = drawing.element().closest('figure') as HTMLElement;
      const legend = [...figure.querySelectorAll('.body-map-legend li')].map((item) => item.textContent);
      const numbered = muscles.filter((muscle) => muscle.bodyMapViews.includes(view)).map((muscle, index) => `${index + 1}${muscle.name}`);
      expect(numbered.length).toBeGreaterThan(0);
      expect(legend).toEqual(numbered);
      const markers = [...drawing.element().querySelectorAll('.body-map__markers text')].map((marker) => marker.textContent);
      expect(markers).toEqual(numbered.map((_, index) => String(index + 1)));
    }
  });

  it('opens the card of a muscle tapped on the map', async () => {
    const { screen, navigation } = await renderInKiosk(<GuideScreen content={content} chosenMuscle={null} />);

    const back = screen.getByRole('group', { name: uiWord(content, 'guide.views.back') });
    const onBack = muscles.filter((muscle) => muscle.bodyMapViews.includes('back'));
    for (const muscle of onBack) await back.getByRole('button', { name: muscle.name, exact: true }).click();

    expect(navigation.opened).toEqual(onBack.map((muscle) => ({ screen: 'muscle', id: muscle.id })));
  });

  it('keeps the muscle a member chose last marked', async () => {
    const { screen } = await renderInKiosk(<GuideScreen content={content} chosenMuscle="biceps-femoris" />);

    const back = screen.getByRole('group', { name: uiWord(content, 'guide.views.back') });
    await expect.element(back.getByRole('button', { name: content.muscles['biceps-femoris']!.name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect.element(back.getByRole('button', { name: content.muscles.semitendinosus!.name, exact: true })).toHaveAttribute('aria-pressed', 'false');
  });

  it('leads to the credits', async () => {
    const { screen, navigation } = await renderInKiosk(<GuideScreen content={content} chosenMuscle={null} />);

    await screen.getByRole('button', { name: uiWord(content, 'guide.credits') }).click();

    expect(navigation.opened).toEqual([{ screen: 'credits' }]);
  });
});
