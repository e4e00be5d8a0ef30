/** Exercise: the loop, then course of motion, breathing, execution tips, variations and muscles. */
import './exercise-screen.css';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '../../common/content-view';
import { BreathingIndicator } from '../components/breathing-indicator';
import { ExerciseVideo } from '../components/exercise-video';
import { LinkList } from '../components/link-list';
import { ScreenFrame } from '../components/screen-frame';
import { TextSection } from '../components/text-section';

export function ExerciseScreen({ exercise }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  return (
    <ScreenFrame name="exercise">
      <h1 className="screen__title">{exercise.name}</h1>
      <p className="equipment">
        <span className="equipment__label">{t('exercise.equipment')}</span>
        <span>{exercise.equipment}</span>
      </p>
      <div className="screen__columns">
        <div className="screen__media">
          <ExerciseVideo key={exercise.id} video={exercise.video} name={exercise.name} />
          {exercise.video && <BreathingIndicator />}
          <TextSection title={t('exercise.breathing')} items={exercise.breathing} />
          <LinkList title={t('exercise.primaryMuscles')} items={exercise.primaryMuscles} screen="muscle" />
          <LinkList title={t('exercise.secondaryMuscles')} items={exercise.secondaryMuscles} screen="muscle" />
        </div>
        <div className="screen__text">
          <TextSection title={t('exercise.courseOfMotion')} items={exercise.courseOfMotion} ordered />
          <TextSection title={t('exercise.tips')} items={exercise.tips} />
          <TextSection title={t('exercise.variations')} items={exercise.variations} />
        </div>
      </div>
    </ScreenFrame>
  );
}
