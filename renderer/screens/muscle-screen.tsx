/** Muscle card: names, group, origin, insertion, nerve, function, notes and the exercises that train it. */
import './muscle-screen.css';
import { useTranslation } from 'react-i18next';
import type { MuscleView } from '../../common/content-view';
import { LinkList } from '../components/link-list';
import { ScreenFrame } from '../components/screen-frame';
import { TextSection } from '../components/text-section';

export function MuscleScreen({ muscle }: { muscle: MuscleView }) {
  const { t } = useTranslation();
  const facts = [
    { label: t('muscle.group'), value: muscle.group },
    { label: t('muscle.origin'), value: muscle.origin },
    { label: t('muscle.insertion'), value: muscle.insertion },
    { label: t('muscle.innervation'), value: muscle.innervation },
  ];
  return (
    <ScreenFrame name="muscle">
      <h1 className="screen__title">{muscle.name}</h1>
      <p className="latin-name">
        <span className="visually-hidden">{t('muscle.latinName')}: </span>
        <span lang="la">{muscle.latinName}</span>
      </p>
      <div className="screen__columns">
        <div className="screen__text">
          <dl className="facts">
            {facts.map((fact) => (
              <div key={fact.label} className="facts__row">
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <TextSection title={t('muscle.functions')} items={muscle.functions} />
        </div>
        <div className="screen__text">
          <LinkList title={t('muscle.primaryExercises')} items={muscle.primaryExercises} screen="exercise" />
          <LinkList title={t('muscle.secondaryExercises')} items={muscle.secondaryExercises} screen="exercise" />
          <TextSection title={t('muscle.notes')} items={muscle.notes} />
        </div>
      </div>
    </ScreenFrame>
  );
}
