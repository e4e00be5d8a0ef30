/**
 * Read aloud on the real screens with the real audio files: the button toggles, the mark follows the playback
 * position sentence by sentence, and the breathing cues are lowered while it speaks.
 */
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskContent } from '../../../common/content-view';
import { defaultSettings } from '../../../common/default-settings';
import { announceCue, CUE_PLAYED_EVENT, type CuePlayedDetail } from '../../../renderer/audio/cue-events';
import { SoundProvider } from '../../../renderer/audio/sound-context';
import { ExerciseScreen } from '../../../renderer/screens/exercise-screen';
import { MuscleScreen } from '../../../renderer/screens/muscle-screen';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';

const content = contentFor('en');
const exercise = content.exercises['seated-leg-curl']!;
const muscle = content.muscles.semimembranosus!;

function audioOf(container: HTMLElement): HTMLAudioElement {
  const audio = container.querySelector('audio');
  if (!audio) throw new Error('no <audio> on the screen');
  return audio;
}

/** The one element marked as being read, as assistive technology finds it. */
function marked(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('[aria-current="true"]')];
}

/** Moves playback to a sentence of the manifest, a little past its start, as time passing would. */
async function playFrom(audio: HTMLAudioElement, content: { readAloud: KioskContent['exercises'][string]['readAloud'] }, field: string): Promise<void> {
  const sentence = content.readAloud?.sentences.find((entry) => entry.field === field);
  if (!sentence) throw new Error(`no sentence ${field}`);
  audio.currentTime = (sentence.start + 100) / 1000;
}

async function startReading(screen: Awaited<ReturnType<typeof renderInKiosk>>['screen'], words: KioskContent): Promise<HTMLAudioElement> {
  await screen.getByRole('button', { name: uiWord(words, 'readAloud.start') }).click();
  await expect.element(screen.getByRole('button', { name: uiWord(words, 'readAloud.stop') })).toBeVisible();
  const audio = audioOf(screen.container);
  // Really playing: the clock of the audio moves on.
  await expect.poll(() => !audio.paused && audio.currentTime > 0.2, { timeout: 10_000 }).toBe(true);
  return audio;
}

describe('read aloud', () => {
  beforeEach(() => showLanguage(content));
  afterEach(async () => {
    vi.restoreAllMocks();
    await showLanguage(content);
  });

  it('is offered on an exercise with fresh audio, toggles to "Stop reading" and back, and stops the audio', async () => {
    expect(exercise.readAloud?.language).toBe('en');
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={exercise} />);
    const audio = await startReading(screen, content);
    expect(audio.currentSrc).toMatch(/\/media\/audio\/en\/read-aloud\/exercise-seated-leg-curl\.webm$/);
    expect(marked(screen.container)).toHaveLength(1);

    await screen.getByRole('button', { name: uiWord(content, 'readAloud.stop') }).click();
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'readAloud.start') })).toBeVisible();
    expect(audio.paused).toBe(true);
    expect(marked(screen.container)).toEqual([]);
  });

  it('marks the sentence at the playback position and moves the mark with it', async () => {
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={exercise} />);
    const audio = await startReading(screen, content);
    const steps = [...screen.container.querySelectorAll('.text-section__steps li')];
    const section = (title: string) => [...screen.container.querySelectorAll('.text-section')].find((element) => element.querySelector('h2')?.textContent === title);
    const expectations: Array<[string, () => Element | null | undefined]> = [
      ['courseOfMotion[3]', () => steps[3]],
      ['breathing[1]', () => section(uiWord(content, 'exercise.breathing'))?.querySelectorAll('li')[1]],
      ['tips[0]', () => section(uiWord(content, 'exercise.tips'))?.querySelectorAll('li')[0]],
      ['name', () => screen.container.querySelector('h1')],
    ];
    for (const [field, element] of expectations) {
      await playFrom(audio, exercise, field);
      await expect.poll(() => marked(screen.container), { timeout: 5_000 }).toEqual([element()]);
      expect(element()?.hasAttribute('data-reading')).toBe(true);
    }
    // And on by itself, as the voice reads on: from the name to the first step.
    await expect.poll(() => marked(screen.container)[0], { timeout: 10_000 }).toBe(steps[0]);
  });

  it('marks a muscle card\'s facts and notes as they are read', async () => {
    const { screen } = await renderInKiosk(<MuscleScreen muscle={muscle} />);
    const audio = await startReading(screen, content);
    await playFrom(audio, muscle, 'origin');
    await expect.poll(() => marked(screen.container)[0]?.textContent).toBe(`${uiWord(content, 'muscle.origin')}${muscle.origin}`);
    await playFrom(audio, muscle, 'notes[2]');
    await expect.poll(() => marked(screen.container)[0]?.textContent).toBe(muscle.notes[2]);
  });

  it('stops when the language changes', async () => {
    const { screen } = await renderInKiosk(<MuscleScreen muscle={muscle} />);
    const audio = await startReading(screen, content);
    await i18next.changeLanguage('de');
    await expect.poll(() => audio.paused).toBe(true);
    await expect.poll(() => marked(screen.container)).toEqual([]);
  });

  it('is not offered where the audio is stale or missing, nor when the kiosk is muted', async () => {
    const { screen } = await renderInKiosk(<ExerciseScreen exercise={{ ...exercise, readAloud: null }} />);
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'readAloud.start') })).not.toBeInTheDocument();
    const muted = await renderInKiosk(
      <SoundProvider sprite={null} settings={{ ...defaultSettings, muted: true }}>
        <ExerciseScreen exercise={exercise} />
      </SoundProvider>,
    );
    await expect.element(muted.screen.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.element(muted.screen.getByRole('button', { name: uiWord(content, 'readAloud.start') })).not.toBeInTheDocument();
  });

  it('gives the button back and tells staff when the audio cannot be played', async () => {
    const missing = { ...exercise.readAloud!, src: ['audio/en/read-aloud/exercise-gone.webm', 'audio/en/read-aloud/exercise-gone.mp3'] };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { screen, bridge } = await renderInKiosk(<ExerciseScreen exercise={{ ...exercise, readAloud: missing }} />);
    await screen.getByRole('button', { name: uiWord(content, 'readAloud.start') }).click();
    await expect.poll(() => bridge.requestsTo('reportError'), { timeout: 10_000 }).toEqual([{ source: 'media', message: expect.stringMatching(/^Read-aloud audio audio\/en\/read-aloud\/exercise-gone\.webm could not be played/) }]);
    await expect.element(screen.getByRole('button', { name: uiWord(content, 'readAloud.start') })).toBeVisible();
    expect(marked(screen.container)).toEqual([]);
    expect(logged).toHaveBeenCalled();
  });

  it('lowers the breathing cues while it speaks and brings them back after', async () => {
    const played: CuePlayedDetail[] = [];
    const record = (event: Event) => played.push((event as CustomEvent<CuePlayedDetail>).detail);
    window.addEventListener(CUE_PLAYED_EVENT, record);
    try {
      const { screen } = await renderInKiosk(
        <SoundProvider sprite={content.cueSprite} settings={defaultSettings}>
          <ExerciseScreen exercise={{ ...exercise, video: null }} />
        </SoundProvider>,
      );
      const cue = () => announceCue({ time: 0, duration: 1, breath: 'exhale', videoTime: 0 });
      // A cue sounds only once the prompts have loaded (one still loading would sound late): cue until one does.
      await expect.poll(() => {
        cue();
        return played.length;
      }, { timeout: 10_000 }).toBe(1);
      await startReading(screen, content);
      cue();
      await screen.getByRole('button', { name: uiWord(content, 'readAloud.stop') }).click();
      cue();
      expect(played.map((entry) => entry.ducked)).toEqual([false, true, false]);
    } finally {
      window.removeEventListener(CUE_PLAYED_EVENT, record);
    }
  });
});
