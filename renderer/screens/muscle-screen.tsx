/** Muscle card: names, group, origin, insertion, nerve, function, notes and the exercises that train it. */
import './muscle-screen.css';
import { useTranslation } from 'react-i18next';
import type { MuscleView } from '../../common/content-view';
import { LinkList } from '../components/link-list';
import { ScreenFrame } from '../components/screen-frame';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';
import { readingMark } from '../read-aloud/reading-mark';
import { useReadAloud } from '../read-aloud/use-read-aloud';
import { ShareCode } from '../share/share-code';
import { TextSection } from '../components/text-section';

export function MuscleScreen({ muscle }: { muscle: MuscleView }) {
  const { t } = useTranslation();
  const reading = useReadAloud(muscle.readAloud);
  const facts = [
    { field: 'group', label: t('muscle.group'), value: muscle.group },
    { field: 'origin', label: t('muscle.origin'), value: muscle.origin },
    { field: 'insertion', label: t('muscle.insertion'), value: muscle.insertion },
    { field: 'innervation', label: t('muscle.innervation'), value: muscle.innervation },
  ];
  return (
    <ScreenFrame name="muscle">
      <h1 className="screen__title" {...readingMark(reading.isReading('name'))}>{muscle.name}</h1>
      <p className="latin-name">
        <span className="visually-hidden">{t('muscle.latinName')}: </span>
        <span lang="la">{muscle.latinName}</span>
      </p>
      <ReadAloudButton control={reading.control} />
      <div className="screen__columns">
        <div className="screen__text">
          <dl className="facts">
            {facts.map((fact) => (
              <div key={fact.label} className="facts__row" {...readingMark(reading.isReading(fact.field))}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <TextSection title={t('muscle.functions')} items={muscle.functions} readingIndex={reading.readingIndexIn('functions')} />
        </div>
        <div className="screen__text">
          <LinkList title={t('muscle.primaryExercises')} items={muscle.primaryExercises} screen="exercise" />
          <LinkList title={t('muscle.secondaryExercises')} items={muscle.secondaryExercises} screen="exercise" />
          <TextSection title={t('muscle.notes')} items={muscle.notes} readingIndex={reading.readingIndexIn('notes')} />
          <ShareCode page={{ kind: 'muscle', id: muscle.id }} />
        </div>
      </div>
    </ScreenFrame>
  );
}
