import { describe, expect, it } from 'vitest';
import { CUE_LOUDNESS_TOLERANCE_DB, type CueMeasurement, judgeLoudness, measuringWorkers, median } from '../../../../../main/services/content/cue-loudness';

/** One cue of the English sprite measured in one of its files, as ffmpeg's runs hand it to the judging. */
function measured(cue: string, file: 'webm' | 'mp3', result: CueMeasurement['result'], spritePath = 'audio/en/prompts.json'): CueMeasurement {
  const path = `${spritePath.replace('prompts.json', `prompts.${file}`)}`;
  return { spritePath, cue, file: path, path: `/srv/assets/${path}`, startMs: 1200, durationMs: 800, result };
}
const loud = (lufs: number) => ({ kind: 'loudness', lufs }) as const;

/** Every voice cue at -19 LUFS in both files: the reference the others are judged against. */
const voices = ['exhale', 'inhale'].flatMap((cue) => [measured(cue, 'webm', loud(-19)), measured(cue, 'mp3', loud(-19))]);

describe('judging measured cue loudness (no ffmpeg: the figures are given)', () => {
  it('the median is the middle value, or the mean of the two middle ones, in numeric order; NaN for none', () => {
    expect(median([-9.5, -19, -20])).toBe(-19);
    expect(median([-20, -9.5, -19, -30])).toBe(-19.5);
    expect(median([3.2])).toBe(3.2);
    expect(median([])).toBeNaN();
    const values = [-9, -30, -19];
    median(values);
    expect(values).toEqual([-9, -30, -19]);
  });

  it(`a cue exactly ${CUE_LOUDNESS_TOLERANCE_DB} dB from the median passes; a little more fails, louder or softer`, () => {
    const atLimit = [...voices, measured('tone-exhale', 'webm', loud(-19 + CUE_LOUDNESS_TOLERANCE_DB)), measured('tone-inhale', 'webm', loud(-19 - CUE_LOUDNESS_TOLERANCE_DB))];
    expect(judgeLoudness(atLimit)).toEqual([]);
    const over = [...voices, measured('tone-exhale', 'webm', loud(-15.9)), measured('tone-inhale', 'webm', loud(-22.1))];
    expect(judgeLoudness(over)).toEqual([
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite.tone-exhale', reason: '-15.9 LUFS in "audio/en/prompts.webm": 3.1 dB louder than the median of all cues (-19.0 LUFS); a cue may lie at most 3 dB from it' },
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite.tone-inhale', reason: '-22.1 LUFS in "audio/en/prompts.webm": 3.1 dB softer than the median of all cues (-19.0 LUFS); a cue may lie at most 3 dB from it' },
    ]);
  });

  it('names every file a cue is off in, and says how far from its worst one; a tie goes to the first file', () => {
    const worseInMp3 = judgeLoudness([...voices, measured('tone-exhale', 'webm', loud(-14)), measured('tone-exhale', 'mp3', loud(-10))]);
    expect(worseInMp3.map(({ reason }) => reason)).toEqual([
      '-14.0 LUFS in "audio/en/prompts.webm", -10.0 LUFS in "audio/en/prompts.mp3": 9.0 dB louder than the median of all cues (-19.0 LUFS); a cue may lie at most 3 dB from it',
    ]);
    const worseInWebm = judgeLoudness([...voices, measured('tone-exhale', 'webm', loud(-10)), measured('tone-exhale', 'mp3', loud(-14))]);
    expect(worseInWebm.map(({ reason }) => reason)).toEqual([expect.stringContaining(': 9.0 dB louder than')]);
    // -15 and -23 both lie 4 dB from -19: the first file (louder) decides the direction.
    const tie = judgeLoudness([...voices, measured('tone-exhale', 'webm', loud(-15)), measured('tone-exhale', 'mp3', loud(-23))]);
    expect(tie.map(({ reason }) => reason)).toEqual([expect.stringContaining(': 4.0 dB louder than')]);
  });

  it('the median counts only cues that have a loudness, of every language', () => {
    const others = [
      measured('tone-exhale', 'webm', { kind: 'silent' }),
      measured('tone-exhale', 'mp3', { kind: 'empty' }),
      measured('tone-inhale', 'webm', { kind: 'failed', reason: 'Invalid data found when processing input' }),
      measured('exhale', 'webm', loud(-9.5), 'audio/de/prompts.json'),
    ];
    // Loudness -19 ×4 and -9.5: the median stays -19, and only the German exhale is off.
    expect(judgeLoudness([...voices, ...others])).toEqual([
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite.tone-exhale', reason: 'is silent in "audio/en/prompts.webm" (quieter than -70 LUFS)' },
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite.tone-exhale', reason: 'has no sound in "audio/en/prompts.mp3": it starts at 1200 ms, after the end of the file' },
      { severity: 'warning', file: 'audio/en/prompts.json', field: 'sprite.tone-inhale', reason: 'its loudness could not be measured in "audio/en/prompts.webm" (ffmpeg: Invalid data found when processing input)' },
      { severity: 'error', file: 'audio/de/prompts.json', field: 'sprite.exhale', reason: '-9.5 LUFS in "audio/de/prompts.webm": 9.5 dB louder than the median of all cues (-19.0 LUFS); a cue may lie at most 3 dB from it' },
    ]);
  });

  it('with no loudness at all, only the cues that could not be measured are reported', () => {
    expect(judgeLoudness([measured('exhale', 'webm', { kind: 'silent' })])).toEqual([
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite.exhale', reason: 'is silent in "audio/en/prompts.webm" (quieter than -70 LUFS)' },
    ]);
    expect(judgeLoudness([])).toEqual([]);
  });

  it('runs one ffmpeg per core, at most 8, and never more than there are cues', () => {
    expect(measuringWorkers(48, 2)).toBe(2);
    expect(measuringWorkers(48, 32)).toBe(8);
    expect(measuringWorkers(3, 32)).toBe(3);
    expect(measuringWorkers(1)).toBe(1);
  });
});
