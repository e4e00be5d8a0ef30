/** Cross-file checks: ids resolve, texts exist, media files are on disk, playable, and as long as declared. */
import type { Problem } from '../../../common/result';
import { readTextInside } from '../files/open-inside';
import { textRecordSchemas, type ContentBundle, type Exercise, type Phase, type TextNamespace } from './content-schema';
import { checkMediaFile, readWebmDurationSeconds } from './media-files';

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
  if (!videoProblem && video.file.endsWith('.webm')) {
    const real = await readWebmDurationSeconds(assetsDir, video.file);
    if (real !== null && Math.abs(real - video.durationSeconds) > DURATION_TOLERANCE_SECONDS) {
      add('video.durationSeconds', `is ${video.durationSeconds} s but "${video.file}" is ${real.toFixed(2)} s long`);
    }
  }
  problems.push(...checkPhases(video.phases, video.durationSeconds, file));
  return problems;
}

/** Each muscle's views must exist in body-maps.json, and the drawing must have the muscle's region. */
async function checkBodyMaps(bundle: ContentBundle, assetsDir: string, problems: Problem[]): Promise<void> {
  const drawings = new Map<string, string>();
  for (const [view, map] of Object.entries(bundle.bodyMaps)) {
    const problem = aboutFile(map.file, await checkMediaFile(assetsDir, map.file, 'image'));
    const drawing = problem ? null : await readTextInside(assetsDir, map.file, MAX_DRAWING_BYTES);
    const reason = problem ?? (drawing && !drawing.ok ? `"${map.file}" ${drawing.reason}` : null);
    if (reason) problems.push({ severity: 'error', file: 'body-maps.json', field: `${view}.file`, reason });
    else if (drawing?.ok) drawings.set(view, drawing.text);
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
