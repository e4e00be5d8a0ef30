/**
 * The timing of a demo loop, taken from the exercise it shows: content/exercises/<id>.json declares the
 * video's durationSeconds and its movement phases (the breathing cues fire at their starts). That list is
 * the one source: each concentric phase moves the figure from the start position (p = 0) to the end of the
 * working movement (p = 1), each eccentric phase moves it back, and between phases it holds still. So the
 * movement turns exactly where a phase starts or ends, and the breathing prompt and the picture agree.
 */
export const FPS = 30;

/** Ease-in-out (sine): starts and ends with zero speed, so holds join the moves without a jerk. */
export const easeInOut = (x) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, x)));

const TARGET = { concentric: 1, eccentric: 0 };
const onFrame = (seconds) => Math.abs(seconds * FPS - Math.round(seconds * FPS)) < 1e-9;

/**
 * The loop for an exercise's `video` record ({ durationSeconds, phases }): its frame count, the segments
 * (phases and the holds between them) and the progress p at any time or frame. Throws with the reason when
 * the record cannot make a seamless loop; `warnings` lists what is drawn but worth a look.
 */
export function timeline(video, label = 'video') {
  const seconds = video?.durationSeconds;
  const phases = video?.phases;
  if (typeof seconds !== 'number' || !(seconds > 0)) throw new Error(`${label}.durationSeconds must be a number of seconds above 0`);
  if (!onFrame(seconds)) throw new Error(`${label}.durationSeconds (${seconds} s) is not a whole number of frames at ${FPS} fps`);
  if (!Array.isArray(phases) || phases.length === 0) throw new Error(`${label}.phases must list the movement's phases`);
  const warnings = [];
  // Before the first phase the figure is where that phase starts: at 0 before a concentric phase, at 1 before an eccentric one.
  const startAt = 1 - TARGET[phases[0].kind];
  let at = startAt;
  let time = 0;
  const segments = [];
  phases.forEach((phase, index) => {
    const name = `${label}.phases[${index}]`;
    if (!(phase.kind in TARGET)) throw new Error(`${name}.kind must be concentric or eccentric, not ${JSON.stringify(phase.kind)}`);
    if (!(phase.start >= time)) throw new Error(`${name} starts at ${phase.start} s, before the previous phase ends (${time} s)`);
    if (!(phase.end > phase.start)) throw new Error(`${name} ends at ${phase.end} s, not after its start (${phase.start} s)`);
    if (phase.end > seconds) throw new Error(`${name} ends at ${phase.end} s, after the end of the video (${seconds} s)`);
    const to = TARGET[phase.kind];
    if (to === at) throw new Error(`${name} is ${phase.kind} right after a ${phase.kind} phase: the figure would have to jump back first`);
    for (const edge of [phase.start, phase.end]) if (!onFrame(edge)) warnings.push(`${name}: ${edge} s falls between frames (every 1/${FPS} s); the turn is drawn between them`);
    if (phase.start > time) segments.push({ start: time, end: phase.start, kind: 'hold', from: at, to: at });
    segments.push({ start: phase.start, end: phase.end, kind: phase.kind, from: at, to });
    at = to;
    time = phase.end;
  });
  if (at !== startAt) throw new Error(`${label}.phases end ${at === 1 ? 'at the end of the working movement' : 'in the start position'}, not where the loop starts: the loop would jump`);
  if (time < seconds) segments.push({ start: time, end: seconds, kind: 'hold', from: at, to: at });
  const frames = Math.round(seconds * FPS);

  /** Movement progress p at time t (seconds, wraps at the end of the loop). */
  const progress = (t) => {
    const wrapped = ((t % seconds) + seconds) % seconds;
    const segment = segments.find((candidate) => wrapped >= candidate.start && wrapped < candidate.end) ?? segments[segments.length - 1];
    const x = (wrapped - segment.start) / (segment.end - segment.start);
    return segment.from + (segment.to - segment.from) * easeInOut(x);
  };
  return { seconds, frames, segments, warnings, progress, frameProgress: (i) => progress(i / FPS) };
}

/** The phases as the WebM carries them (tag KIOSK_PHASES): the declared fields, in the declared order. */
export const phasesTag = (phases) => JSON.stringify(phases.map(({ start, end, kind, breath }) => ({ start, end, kind, breath })));
