/**
 * The export's only script (a few kB, no framework): starts the muted demo loop where a phone's browser waits
 * for it, and moves the breathing indicator with the video, timed by the kiosk's own cue scheduler.
 */
import type { VideoPhase } from '../../common/content-view';
import { createCueScheduler, markersFromPhases } from '../audio/cue-scheduler';

interface BreathingData {
  duration: number;
  phases: VideoPhase[];
  words: Record<VideoPhase['breath'], string>;
}

function followBreathing(root: Element, video: HTMLVideoElement): void {
  const indicator = root.querySelector<HTMLElement>('.breathing-indicator');
  const word = indicator?.querySelector('.breathing-indicator__word');
  const data = JSON.parse(root.getAttribute('data-breathing') ?? 'null') as BreathingData | null;
  if (!indicator || !word || !data || data.phases.length === 0) return;
  const scheduler = createCueScheduler(markersFromPhases(data.phases), data.duration);
  const onFrame = () => {
    const due = scheduler.update(video.currentTime);
    if (due) {
      indicator.className = `breathing-indicator breathing-indicator--${due.breath}`;
      indicator.dataset.breath = due.breath;
      word.textContent = data.words[due.breath];
      // A fresh circle restarts its animation, as the kiosk's keyed element does.
      const circle = indicator.querySelector<HTMLElement>('.breathing-indicator__circle');
      if (circle) {
        const fresh = circle.cloneNode() as HTMLElement;
        fresh.style.animationDuration = `${due.duration}s`;
        circle.replaceWith(fresh);
      }
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

for (const video of document.querySelectorAll<HTMLVideoElement>('.exercise-video video')) {
  // React writes no `muted` attribute into static HTML, and phones autoplay only muted video.
  video.muted = true;
  void video.play().catch(() => undefined);
  const root = video.closest('[data-breathing]');
  if (root) followBreathing(root, video);
}
