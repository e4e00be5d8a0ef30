import { beforeEach, describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../renderer/screens/home-screen';
import { contentFor, itemsUnder, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';
import { kioskScroller, overflowingText, pageBox } from '../support/layout';

describe('home screen', () => {
  const content = contentFor('en');
  const { station } = content;

  beforeEach(() => showLanguage(content));

  it('shows the station, its exercise and the muscles it trains, in English', async () => {
    const { screen } = await renderInKiosk(<HomeScreen content={content} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('home');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(station.name);
    const exercise = content.exercises[station.exercises[0]!.id]!;
    await expect.element(screen.getByRole('button', { name: `${uiWord(content, 'home.howTo')} ${exercise.name}` })).toBeVisible();
    await expect.element(screen.getByLabelText(uiWord(content, 'video.label', { name: exercise.name }))).toBeInTheDocument();
    const muscles = screen.getByRole('heading', { level: 2, name: uiWord(content, 'home.targetMuscles') });
    await expect.element(muscles).toBeVisible();
    // The muscles are the list under that heading, in the station's order, each a button.
    expect(itemsUnder(muscles.element())).toEqual(station.targetMuscles.map((muscle) => muscle.name));
    for (const muscle of station.targetMuscles) await expect.element(screen.getByRole('button', { name: muscle.name, exact: true })).toBeVisible();
    await expect.element(screen.getByText(uiWord(content, 'home.tapMuscle'))).toBeVisible();
  });

  it('has Home, Back (off on the first screen), the muscle guide and every language in the top bar', async () => {
    const { screen } = await renderInKiosk(<HomeScreen content={content} />);

    await expect.element(screen.getByRole('button', { name: uiWord(content, 'nav.home') })).toBeEnabled();
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'nav.back') })).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'nav.guide') })).toBeEnabled();
    const switcher = screen.getByRole('group', { name: uiWord(content, 'nav.languages') });
    for (const language of content.languages) await expect.element(switcher.getByRole('button', { name: language.name, exact: true })).toHaveAttribute('lang', language.code);
    await expect.element(switcher.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  it('comes in whole once this page has drawn its body map before (every visit after the first): the map in the same render', async () => {
    await renderInKiosk(<HomeScreen content={content} />);
    await expect.poll(() => document.querySelector('.home__body-map svg.body-map')).toBeTruthy();
    await renderInKiosk(<p>another screen</p>);
    expect(document.querySelector('[data-screen="home"]')).toBeNull();

    // What the page holds once the screen's elements are first put in, before any effect of it has run.
    const firstDrawn: string[] = [];
    const observer = new MutationObserver(() => {
      const home = document.querySelector('[data-screen="home"]');
      if (home && firstDrawn.length === 0) firstDrawn.push(...[...home.querySelectorAll('.home__maps > *')].map((map) => map.getAttribute('class') ?? ''));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await renderInKiosk(<HomeScreen content={content} />);
    observer.disconnect();
    expect(firstDrawn.length).toBeGreaterThan(0);
    expect(firstDrawn.every((map) => map === 'body-map')).toBe(true);
  });

  it('opens the card of the muscle a member taps', async () => {
    const { screen, navigation } = await renderInKiosk(<HomeScreen content={content} />);

    for (const muscle of station.targetMuscles) await screen.getByRole('button', { name: muscle.name, exact: true }).click();

    expect(navigation.opened).toEqual(station.targetMuscles.map((muscle) => ({ screen: 'muscle', id: muscle.id })));
  });

  it('opens the exercise from "How to do it", the guide from the top bar, and switches the language', async () => {
    const { screen, navigation } = await renderInKiosk(<HomeScreen content={content} />);

    await screen.getByRole('button', { name: uiWord(content, 'home.howTo') }).click();
    await screen.getByRole('button', { name: uiWord(content, 'nav.guide') }).click();
    await screen.getByRole('button', { name: uiWord(content, 'nav.home') }).click();
    await screen.getByRole('button', { name: 'Deutsch', exact: true }).click();

    expect(navigation.calls).toEqual([
      { method: 'open', route: { screen: 'exercise', id: station.exercises[0]!.id } },
      { method: 'open', route: { screen: 'guide' } },
      { method: 'home' },
      { method: 'setLanguage', language: 'de' },
    ]);
  });

  it('has one "How to do it" button per exercise at a station with several', async () => {
    const cable = contentFor('en', 'cable-station');
    const { screen, navigation } = await renderInKiosk(<HomeScreen content={cable} />, { content: cable });

    expect(cable.station.exercises.length).toBeGreaterThan(1);
    for (const exercise of cable.station.exercises) await screen.getByRole('button', { name: `${uiWord(cable, 'home.howTo')} ${exercise.name}` }).click();

    expect(navigation.opened).toEqual(cable.station.exercises.map((exercise) => ({ screen: 'exercise', id: exercise.id })));
  });

  describe('in German', () => {
    const german = contentFor('de');

    beforeEach(() => showLanguage(german));

    it('shows the German station, exercise, muscles and interface words', async () => {
      const { screen } = await renderInKiosk(<HomeScreen content={german} />, { content: german });

      expect(german.language).toBe('de');
      await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Beinbeuger sitzend');
      await expect.element(screen.getByRole('button', { name: 'So geht die Übung Beinbeugen sitzend' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { level: 2, name: 'Diese Muskeln trainiert das Gerät' })).toBeVisible();
      for (const muscle of german.station.targetMuscles) await expect.element(screen.getByRole('button', { name: muscle.name, exact: true })).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Halbhäutiger Muskel', exact: true })).toBeVisible();
      await expect.element(screen.getByRole('button', { name: uiWord(german, 'nav.home'), exact: true })).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Deutsch', exact: true })).toHaveAttribute('aria-pressed', 'true');
      // Nothing English is left on the screen.
      expect(screen.container.textContent).not.toContain(uiWord(content, 'home.targetMuscles'));
      expect(screen.container.textContent).not.toContain(station.name);
    });
  });

  // Checked in every language: German and Dutch words are long, French sentences too.
  describe.each(content.languages.map((language) => language.code))('layout in portrait, 1080 × 1920, in %s', (code) => {
    const shown = contentFor(code);

    beforeEach(() => showLanguage(shown));

    /** The screen as a member first sees it: fonts in, the body map drawn. */
    async function renderSettled() {
      const rendered = await renderInKiosk(<HomeScreen content={shown} />, { content: shown });
      await expect.poll(() => rendered.screen.container.querySelector('.home__body-map svg.body-map')).toBeTruthy();
      await document.fonts.ready;
      expect([window.innerWidth, window.innerHeight]).toEqual([1080, 1920]);
      return rendered;
    }

    it('has no text that runs out of its box or off the screen', async () => {
      const { screen } = await renderSettled();

      expect(overflowingText(screen.container)).toEqual([]);
      expect(kioskScroller().scrollWidth).toBeLessThanOrEqual(kioskScroller().clientWidth);
      expect(kioskScroller().clientWidth).toBe(window.innerWidth);
    });

    it('has touch targets at least 64 px high', async () => {
      const { screen } = await renderSettled();

      const buttons = [...screen.container.querySelectorAll<HTMLElement>('button, [role="button"]')];
      expect(buttons.length).toBeGreaterThan(shown.station.targetMuscles.length);
      const small = buttons.filter((button) => pageBox(button).height < 64).map((button) => `${button.textContent?.trim()}: ${pageBox(button).height} px`);
      expect(small).toEqual([]);
    });

    it('shows every muscle button within the first screen (1920 px), without scrolling', async () => {
      const { screen } = await renderSettled();

      for (const muscle of shown.station.targetMuscles) {
        const box = pageBox(screen.getByRole('button', { name: muscle.name, exact: true }).element());
        expect(box.top, muscle.name).toBeGreaterThanOrEqual(0);
        expect(box.bottom, muscle.name).toBeLessThanOrEqual(1920);
      }
    });
  });
});
