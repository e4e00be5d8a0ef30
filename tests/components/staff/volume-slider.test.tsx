import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { VolumeSlider } from '../../../renderer/staff/volume-slider';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';
import { pointerDrag, type PointerPoint } from '../support/pointer-drag';

describe('volume slider', () => {
  const content = contentFor('en');

  beforeEach(() => showLanguage(content));

  /** The slider as the staff panel holds it: the saved volume comes back as the new value after each save. */
  async function renderSlider(saved: number) {
    const commits: number[] = [];
    function Panel() {
      const [volume, setVolume] = useState(saved);
      return (
        <VolumeSlider
          volume={volume}
          onCommit={(next) => {
            commits.push(next);
            setVolume(next);
          }}
        />
      );
    }
    const { screen } = await renderInKiosk(<Panel />);
    const slider = screen.getByRole('slider').element() as HTMLInputElement;
    // Every value the slider passes through under the finger.
    const passed: number[] = [];
    slider.addEventListener('input', () => passed.push(Number(slider.value)));
    return { screen, slider, commits, passed };
  }

  /** Where the thumb sits for a percentage (the track leaves half a thumb at each end; a step is ~10 % wide). */
  function at(slider: HTMLInputElement, percent: number): PointerPoint {
    const { width, height } = slider.getBoundingClientRect();
    const inset = 8;
    return { x: inset + ((width - 2 * inset) * percent) / 100, y: height / 2 };
  }

  it('shows the saved volume in percent, as its name', async () => {
    const { screen, slider } = await renderSlider(0.8);

    await expect.element(screen.getByRole('slider', { name: uiWord(content, 'staff.sound.volume', { percent: 80 }) })).toBeVisible();
    expect([slider.min, slider.max, slider.step, slider.value]).toEqual(['0', '100', '10', '80']);
  });

  it('saves once, the value where the finger lets go, for a drag across several steps', async () => {
    const { screen, slider, commits, passed } = await renderSlider(0.8);

    await userEvent.dragAndDrop(slider, slider, { sourcePosition: at(slider, 80), targetPosition: at(slider, 30), steps: 12 });

    expect(new Set(passed).size, `values passed: ${passed.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(passed.at(-1)).toBe(30);
    expect(commits).toEqual([0.3]);
    await expect.element(screen.getByRole('slider', { name: uiWord(content, 'staff.sound.volume', { percent: 30 }) })).toHaveValue('30');
  });

  it('does not save when the finger comes back to the saved volume before letting go', async () => {
    const { screen, slider, commits, passed } = await renderSlider(0.8);

    await pointerDrag(slider, [at(slider, 80), at(slider, 40), at(slider, 80)], 6);

    expect(passed, 'the drag went away from the saved volume').toContain(40);
    expect(passed.at(-1)).toBe(80);
    expect(commits).toEqual([]);
    await expect.element(screen.getByRole('slider', { name: uiWord(content, 'staff.sound.volume', { percent: 80 }) })).toHaveValue('80');
  });

  it('saves each step taken with the arrow keys', async () => {
    const { slider, commits } = await renderSlider(0.8);

    slider.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');

    expect(commits).toEqual([0.9, 1]);
  });
});
