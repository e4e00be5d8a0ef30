import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTRACT_CALL_MS, ATTRACT_SLIDE_MS, AttractScreen } from '../../../renderer/screens/attract-screen';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

describe('attract screen', () => {
  const content = contentFor('en');
  const { station } = content;
  const byCode = (...codes: string[]) => codes.map((code) => content.languages.find((language) => language.code === code)!);

  beforeEach(async () => {
    await showLanguage(content);
    // Only the loop's own clocks are faked; React and the page keep real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The words of the "Touch to start" call on show, and their language. */
  function call(container: HTMLElement) {
    const words = container.querySelector('.attract__call [lang]');
    return { language: words?.getAttribute('lang'), text: words?.textContent };
  }

  it('shows the station, its exercise loop, a muscle it trains and "Touch to start"', async () => {
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('attract');
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(station.name);
    const exercise = content.exercises[station.exercises[0]!.id]!;
    const video = screen.getByLabelText(uiWord(content, 'video.label', { name: exercise.name })).element() as HTMLVideoElement;
    expect([video.tagName, video.getAttribute('src'), video.muted, video.loop]).toEqual(['VIDEO', `./media/${exercise.video!.file}`, true, true]);
    await expect.element(screen.getByText(station.targetMuscles[0]!.name, { exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'attract.touchToStart') })).toBeVisible();
  });

  it('starts when a member touches it anywhere', async () => {
    const onStart = vi.fn();
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={onStart} />);

    await screen.getByRole('heading', { level: 1 }).click();
    await screen.getByRole('button', { name: uiWord(content, 'attract.touchToStart') }).click();

    expect(onStart).toHaveBeenCalledTimes(2);
  });

  it('calls "Touch to start" in each language members may pick, in turn', async () => {
    const enabled = byCode('en', 'de', 'fr');
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={enabled} onStart={() => undefined} />);

    const seen = [call(screen.container)];
    for (let turn = 0; turn < enabled.length; turn++) {
      vi.advanceTimersByTime(ATTRACT_CALL_MS);
      await expect.poll(() => call(screen.container).language).not.toBe(seen.at(-1)!.language);
      seen.push(call(screen.container));
    }

    expect(seen).toEqual(['en', 'de', 'fr', 'en'].map((code) => ({ language: code, text: uiWord(contentFor(code), 'attract.touchToStart') })));
    // Screen readers hear the page's own language, not the rotating words.
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'attract.touchToStart') })).toBeVisible();
  });

  it('moves on to the next muscle the station trains every slide', async () => {
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);
    const caption = () => screen.container.querySelector('.attract__muscle figcaption')?.textContent;

    const shown = [caption()];
    for (let slide = 1; slide <= station.targetMuscles.length; slide++) {
      vi.advanceTimersByTime(ATTRACT_SLIDE_MS);
      await expect.poll(caption).toBe(station.targetMuscles[slide % station.targetMuscles.length]!.name);
      shown.push(caption());
    }

    expect(shown).toEqual([...station.targetMuscles, station.targetMuscles[0]!].map((muscle) => muscle.name));
  });

  it('draws each muscle on the view it is on: the quadriceps on the front, the glutes on the back', async () => {
    const cable = contentFor('en', 'cable-station');
    const { screen } = await renderInKiosk(<AttractScreen content={cable} languages={cable.languages} onStart={() => undefined} />);
    const drawn = () => {
      const highlighted = screen.container.querySelector('.attract__muscle .body-map__region--highlighted path');
      return { caption: screen.container.querySelector('.attract__muscle figcaption')?.textContent, drawn: Boolean(highlighted) };
    };

    const seen = [];
    for (let slide = 0; slide < cable.station.targetMuscles.length; slide++) {
      const muscle = cable.station.targetMuscles[slide]!;
      if (slide > 0) vi.advanceTimersByTime(ATTRACT_SLIDE_MS);
      await expect.poll(drawn).toEqual({ caption: muscle.name, drawn: true });
      seen.push(muscle.id);
    }
    expect(seen).toContain('quadriceps-femoris');
    expect(seen).toContain('erector-spinae');
  });

  it('stops its clocks when it closes', async () => {
    const { screen } = await renderInKiosk(<AttractScreen content={content} languages={content.languages} onStart={() => undefined} />);
    expect(vi.getTimerCount()).toBe(2);

    screen.unmount();

    expect(vi.getTimerCount()).toBe(0);
  });
});
