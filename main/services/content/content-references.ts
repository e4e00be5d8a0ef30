/**
 * Cross-file checks: ids resolve, texts exist, media files are on disk, playable, as long as declared, and
 * made with the declared phases when they say which.
 */
import { z } from 'zod';
import type { Problem } from '../../../common/result';
import { readTextInside } from '../files/open-inside';
import { phaseSchema, textRecordSchemas, type ContentBundle, type Exercise, type Phase, type TextNamespace } from './content-schema';
import { checkMediaFile, parseWebmDurationSeconds, parseWebmTag, readHead, WEBM_HEAD_BYTES } from './media-files';

/** How far a video's real length may differ from what its exercise declares. */
const DURATION_TOLERANCE_SECONDS = 0.1;

/** A body-map drawing is read whole to find its regions; none is near this size. */
const MAX_DRAWING_BYTES = 2 * 1024 * 1024;

function checkIds(ids: string[], known: Map<string, unknown>, kind: string, file: string, field: string, problems: Problem[], invalid: Set<string>): void {
  ids.forEach((id, index) => {
    if (!known.has(id) && !invalid.has(id)) problems.push({ severity: 'error', file, field: `${field}[${index}]`, reason: `names ${kind} "${id}", which does not exist` });
  });
}

/** Every record needs text in the fallback language; other languages only warn (they fall back, field by field). */
function checkText(bundle: ContentBundle, namespace: TextNamespace, ids: Iterable<string>, problems: Problem[]): void {
  const fallback = bundle.languages.fallback;
  const fields = Object.keys(textRecordSchemas[namespace].shape);
  for (const id of ids) {
    for (const { code } of bundle.languages.languages) {
      const file = `locales/${code}/${namespace}.json`;
      const entry = bundle.text.get(code)?.[namespace].get(id);
      if (!entry) {
        problems.push({
          severity: code === fallback ? 'error' : 'warning',
          file,
          field: id,
          reason: code === fallback ? 'has no text, and this is the fallback language' : `has no text yet; the kiosk shows the ${fallback} text`,
        });
        continue;
      }
      for (const field of fields.filter((name) => !(name in entry))) {
        problems.push({ severity: 'warning', file, field: `${id}.${field}`, reason: `has no text yet; the kiosk shows the ${fallback} text` });
      }
    }
  }
}

/** Phase markers must lie inside the loop, in order, without overlapping. */
export function checkPhases(phases: Phase[], duration: number, file: string): Problem[] {
  const problems: Problem[] = [];
  phases.forEach((phase, index) => {
    const field = `video.phases[${index}]`;
    if (phase.end > duration) problems.push({ severity: 'error', file, field: `${field}.end`, reason: `${phase.end} s is after the end of the video (${duration} s)` });
    if (phase.start >= phase.end) problems.push({ severity: 'error', file, field: `${field}.start`, reason: `${phase.start} s is not before the phase's end (${phase.end} s)` });
    const previous = phases[index - 1];
    if (previous && phase.start < previous.end) problems.push({ severity: 'error', file, field: `${field}.start`, reason: `${phase.start} s overlaps the previous phase, which ends at ${previous.end} s` });
  });
  return problems;
}

/**
 * The Matroska tag in which scripts/media/make-exercise-videos.mjs writes the phases (JSON) a video's movement
 * follows. Real footage has none, and needs none.
 */
export const PHASES_TAG = 'KIOSK_PHASES';

const phaseListSchema = z.array(phaseSchema);

/** How a declared phase differs from the one a video was made with, in words, or nothing when they are equal. */
function phaseDifferences(name: string, declared: Phase, made: Phase): string[] {
  const differences: string[] = [];
  if (declared.kind !== made.kind) differences.push(`${name} is ${declared.kind} here, ${made.kind} in the video`);
  if (declared.start !== made.start) differences.push(`${name} starts at ${declared.start} s here, at ${made.start} s in the video`);
  if (declared.end !== made.end) differences.push(`${name} ends at ${declared.end} s here, at ${made.end} s in the video`);
  if (declared.breath !== made.breath) differences.push(`${name} is breathed with ${declared.breath} here, ${made.breath} in the video`);
  return differences;
}

/**
 * Null when the phase tag of `videoFile` lists exactly the declared phases (same order, kinds, times and
 * breaths), else the reason, for the exercise's `video.phases`: the breathing cues fire at the declared
 * starts, and the video's movement turns at the tagged ones.
 */
export function comparePhaseTag(declared: Phase[], tag: string, videoFile: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(tag);
  } catch {
    // Not JSON at all: json stays undefined, which the schema below refuses like any other wrong shape.
  }
  const parsed = phaseListSchema.safeParse(json);
  if (!parsed.success) return `cannot be checked against "${videoFile}": its ${PHASES_TAG} tag is not a list of phases`;
  const made = parsed.data;
  const count = (n: number) => `${n} phase${n === 1 ? '' : 's'}`;
  const differences =
    made.length !== declared.length
      ? [`${count(declared.length)} here, ${count(made.length)} in the video`]
      : declared.flatMap((phase, index) => {
          const other = made[index];
          return other ? phaseDifferences(`phase ${index + 1} (${other.kind})`, phase, other) : [];
        });
  if (differences.length === 0) return null;
  return `are not the phases "${videoFile}" was made with, so the breathing cues would not match its movement: ${differences.join('; ')}. Make the video again (scripts/media/make-exercise-videos.mjs) or put the phases back`;
}

/** Names the file in front of what is wrong with it. */
function aboutFile(relative: string, reason: string | null): string | null {
  return reason && `"${relative}" ${reason}`;
}

async function checkVideo(exercise: Exercise, assetsDir: string, file: string): Promise<Problem[]> {
  const video = exercise.video;
  if (!video) return [];
  const problems: Problem[] = [];
  const add = (field: string, reason: string | null) => reason && problems.push({ severity: 'error', file, field, reason });
  const videoProblem = await checkMediaFile(assetsDir, video.file, 'video');
  add('video.file', aboutFile(video.file, videoProblem));
  add('video.poster', aboutFile(video.poster, await checkMediaFile(assetsDir, video.poster, 'image')));
  const head = !videoProblem && video.file.endsWith('.webm') ? await readHead(assetsDir, video.file, WEBM_HEAD_BYTES) : null;
  if (head?.ok) {
    const real = parseWebmDurationSeconds(head.head);
    if (real !== null && Math.abs(real - video.durationSeconds) > DURATION_TOLERANCE_SECONDS) {
      add('video.durationSeconds', `is ${video.durationSeconds} s but "${video.file}" is ${real.toFixed(2)} s long`);
    }
    const tag = parseWebmTag(head.head, PHASES_TAG);
    if (tag !== null) add('video.phases', comparePhaseTag(video.phases, tag, video.file));
  }
  problems.push(...checkPhases(video.phases, video.durationSeconds, file));
  return problems;
}

/** Each muscle's views must exist in body-maps.json, and the drawing must have the muscle's region. */
async function checkBodyMaps(bundle: ContentBundle, assetsDir: string, problems: Problem[]): Promise<void> {
  const drawings = new Map<string, string>();
  for (const [view, map] of Object.entries(bundle.bodyMaps)) {
    const field = `${view}.file`;
    const problem = aboutFile(map.file, await checkMediaFile(assetsDir, map.file, 'image'));
    if (problem) {
      problems.push({ severity: 'error', file: 'body-maps.json', field, reason: problem });
      continue;
    }
    const drawing = await readTextInside(assetsDir, map.file, MAX_DRAWING_BYTES);
    if (drawing.ok) drawings.set(view, drawing.text);
    else problems.push({ severity: 'error', file: 'body-maps.json', field, reason: `"${map.file}" ${drawing.reason}` });
  }
  for (const muscle of bundle.muscles.values()) {
    muscle.bodyMapViews.forEach((view, index) => {
      const field = `bodyMapViews[${index}]`;
      const file = `muscles/${muscle.id}.json`;
      const map = bundle.bodyMaps[view];
      if (!map) return problems.push({ severity: 'error', file, field, reason: `names view "${view}", which body-maps.json does not have` });
      const drawing = drawings.get(view);
      if (drawing !== undefined && !drawing.includes(`id="muscle-${muscle.id}"`)) {
        problems.push({ severity: 'error', file, field, reason: `"${map.file}" has no region with id="muscle-${muscle.id}"` });
      }
    });
  }
}

export async function checkReferences(bundle: ContentBundle, assetsDir: string, invalid: Set<string> = new Set()): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const station of bundle.stations.values()) {
    const file = `stations/${station.id}.json`;
    checkIds(station.exercises, bundle.exercises, 'exercise', file, 'exercises', problems, invalid);
    checkIds(station.targetMuscles, bundle.muscles, 'muscle', file, 'targetMuscles', problems, invalid);
  }
  for (const exercise of bundle.exercises.values()) {
    const file = `exercises/${exercise.id}.json`;
    checkIds(exercise.primaryMuscles, bundle.muscles, 'muscle', file, 'primaryMuscles', problems, invalid);
    checkIds(exercise.secondaryMuscles, bundle.muscles, 'muscle', file, 'secondaryMuscles', problems, invalid);
    problems.push(...(await checkVideo(exercise, assetsDir, file)));
  }
  await checkBodyMaps(bundle, assetsDir, problems);
  checkText(bundle, 'stations', bundle.stations.keys(), problems);
  checkText(bundle, 'muscles', bundle.muscles.keys(), problems);
  checkText(bundle, 'exercises', bundle.exercises.keys(), problems);
  return problems;
}
