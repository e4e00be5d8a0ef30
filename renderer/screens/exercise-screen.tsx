/** Exercise: the loop, then course of motion, breathing, execution tips, variations and muscles. */
import './exercise-screen.css';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '../../common/content-view';
import { BreathingIndicator } from '../components/breathing-indicator';
import { ExerciseVideo } from '../components/exercise-video';
import { LinkList } from '../components/link-list';
import { ScreenFrame } from '../components/screen-frame';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';
import { readingMark } from '../read-aloud/reading-mark';
import { useReadAloud } from '../read-aloud/use-read-aloud';
import { ShareCode } from '../share/share-code';
import { TextSection } from '../components/text-section';

export function ExerciseScreen({ exercise }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  const reading = useReadAloud(exercise.readAloud);
  return (
    <ScreenFrame name="exercise">
      <h1 className="screen__title" {...readingMark(reading.isReading('name'))}>{exercise.name}</h1>
      <p className="equipment">
        <span className="equipment__label">{t('exercise.equipment')}</span>
        <span>{exercise.equipment}</span>
      </p>
      <ReadAloudButton control={reading.control} />
      <div className="screen__columns">
        <div className="screen__media">
          <ExerciseVideo key={exercise.id} video={exercise.video} name={exercise.name} />
          {exercise.video && <BreathingIndicator />}
          <TextSection title={t('exercise.breathing')} items={exercise.breathing} readingIndex={reading.readingIndexIn('breathing')} />
          <LinkList title={t('exercise.primaryMuscles')} items={exercise.primaryMuscles} screen="muscle" />
          <LinkList title={t('exercise.secondaryMuscles')} items={exercise.secondaryMuscles} screen="muscle" />
        </div>
        <div className="screen__text">
          <TextSection title={t('exercise.courseOfMotion')} items={exercise.courseOfMotion} ordered readingIndex={reading.readingIndexIn('courseOfMotion')} />
          <TextSection title={t('exercise.tips')} items={exercise.tips} readingIndex={reading.readingIndexIn('tips')} />
          <TextSection title={t('exercise.variations')} items={exercise.variations} />
          <ShareCode page={{ kind: 'exercise', id: exercise.id }} />
        </div>
      </div>
    </ScreenFrame>
  );
}
