/** Turns a validated bundle into what the screens show, in one language, with wger's fallback chain. */
import type { BodyMapView, CueSprite, ExerciseSummary, ExerciseView, KioskContent, MediaCredit, MuscleSummary, MuscleView, ReadAloud } from '../../../common/content-view';
import type { ContentBundle, RecordText, TextNamespace } from './content-schema';
import { pageUiWords } from './ui-text';

/** requested → fallback (English) → first language that has it. */
export function fallbackChain(bundle: ContentBundle, requested: string): string[] {
  const codes = bundle.languages.languages.map((language) => language.code);
  return [...new Set([requested, bundle.languages.fallback, ...codes])].filter((code) => codes.includes(code));
}

/** A record's text, each field from the first language in the chain that has it. */
function textFor<N extends TextNamespace>(bundle: ContentBundle, chain: string[], namespace: N, id: string): RecordText[N] {
  const found = chain.map((code) => bundle.text.get(code)?.[namespace].get(id)).filter((entry) => entry !== undefined);
  // The loader refuses a bundle without complete fallback text, so this is a programming error.
  if (found.length === 0) throw new Error(`No text for ${namespace} "${id}" in any language`);
  // Later entries are overwritten by earlier ones: the requested language wins where it has the field.
  return Object.assign({}, ...found.reverse()) as RecordText[N];
}

/** The first language in the chain that has spoken prompts. */
function pickCueSprite(bundle: ContentBundle, chain: string[]): CueSprite | null {
  for (const code of chain) {
    const sprite = bundle.cueSprites.sprites.get(code);
    if (sprite) return { language: code, ...sprite };
  }
  return null;
}

/** A screen's read-aloud audio in exactly this language (another language's would not match the text on screen). */
function readAloudFor(bundle: ContentBundle, language: string, screen: string): ReadAloud | null {
  return bundle.readAloud.byLanguage.get(language)?.get(screen) ?? null;
}

/** Every media file with its credits, each file once (a poster shares its video's credits); read-aloud audio of this language. */
function collectCredits(bundle: ContentBundle, language: string): MediaCredit[] {
  const credits = new Map<string, MediaCredit>();
  for (const exercise of bundle.exercises.values()) {
    if (!exercise.video) continue;
    const { file, poster, license, author, source } = exercise.video;
    credits.set(file, { file, license, author, source });
    credits.set(poster, { file: poster, license, author, source });
  }
  for (const map of Object.values(bundle.bodyMaps)) credits.set(map.file, map);
  for (const credit of bundle.cueSprites.credits) credits.set(credit.file, credit);
  for (const credit of bundle.readAloud.credits.get(language) ?? []) credits.set(credit.file, credit);
  return [...credits.values()];
}

/** Builds the localized view of the content for one station and language. */
export function localizeContent(bundle: ContentBundle, stationId: string, requested: string): KioskContent {
  const chain = fallbackChain(bundle, requested);
  const language = chain[0] ?? bundle.languages.fallback;
  const muscleSummary = (id: string): MuscleSummary => ({ id, name: textFor(bundle, chain, 'muscles', id).name });
  const exerciseSummary = (id: string): ExerciseSummary => ({ id, name: textFor(bundle, chain, 'exercises', id).name });

  const exercises: Record<string, ExerciseView> = {};
  for (const exercise of bundle.exercises.values()) {
    const text = textFor(bundle, chain, 'exercises', exercise.id);
    exercises[exercise.id] = {
      id: exercise.id,
      name: text.name,
      equipment: text.equipment,
      video: exercise.video,
      courseOfMotion: text.courseOfMotion,
      breathing: text.breathing,
      tips: text.tips,
      variations: text.variations,
      primaryMuscles: exercise.primaryMuscles.map(muscleSummary),
      secondaryMuscles: exercise.secondaryMuscles.map(muscleSummary),
      readAloud: readAloudFor(bundle, language, `exercise-${exercise.id}`),
    };
  }

  const muscles: Record<string, MuscleView> = {};
  for (const muscle of bundle.muscles.values()) {
    const text = textFor(bundle, chain, 'muscles', muscle.id);
    // Which exercises train a muscle is derived from the exercises, so it is written down once.
    const trainedBy = (role: 'primaryMuscles' | 'secondaryMuscles') =>
      [...bundle.exercises.values()].filter((exercise) => exercise[role].includes(muscle.id)).map((exercise) => exerciseSummary(exercise.id));
    muscles[muscle.id] = {
      id: muscle.id,
      latinName: muscle.latinName,
      bodyMapViews: muscle.bodyMapViews,
      ...text,
      primaryExercises: trainedBy('primaryMuscles'),
      secondaryExercises: trainedBy('secondaryMuscles'),
      readAloud: readAloudFor(bundle, language, `muscle-${muscle.id}`),
    };
  }

  const station = bundle.stations.get(stationId) ?? [...bundle.stations.values()][0];
  if (!station) throw new Error('Content has no station');
  return {
    language,
    languages: bundle.languages.languages,
    version: bundle.version,
    stations: [...bundle.stations.keys()].map((id) => ({ id, name: textFor(bundle, chain, 'stations', id).name })),
    bodyMaps: Object.entries(bundle.bodyMaps).map(([view, map]) => ({ view: view as BodyMapView['view'], ...map })),
    credits: collectCredits(bundle, language),
    cueSprite: pickCueSprite(bundle, chain),
    station: {
      id: station.id,
      name: textFor(bundle, chain, 'stations', station.id).name,
      exercises: station.exercises.map(exerciseSummary),
      targetMuscles: station.targetMuscles.map(muscleSummary),
    },
    muscles,
    exercises,
    ui: pageUiWords(bundle.ui),
  };
}
