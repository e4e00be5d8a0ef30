/** Station home: the machine's name, its exercise loop, and the muscles it trains as large buttons. */
import './home-screen.css';
import '../components/primary-button.css';
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../common/content-view';
import { BodyMap } from '../body-map/body-map';
import { mapsShowing } from '../body-map/maps-showing';
import { BreathingIndicator } from '../components/breathing-indicator';
import { ExerciseVideo } from '../components/exercise-video';
import { LinkList } from '../components/link-list';
import { ScreenFrame } from '../components/screen-frame';
import { RouteLink } from '../route-link';

export function HomeScreen({ content }: { content: KioskContent }) {
  const { t } = useTranslation();
  const { station } = content;
  const featured = station.exercises[0] ? content.exercises[station.exercises[0].id] : undefined;
  const targetIds = station.targetMuscles.map((muscle) => muscle.id);
  const maps = mapsShowing(content, targetIds);

  return (
    <ScreenFrame name="home">
      <h1 className="screen__title">{station.name}</h1>
      <div className="screen__columns">
        <div className="screen__media">
          {featured && <ExerciseVideo key={featured.id} video={featured.video} name={featured.name} />}
          {station.exercises.map((exercise) => (
            <RouteLink key={exercise.id} className="primary-button" route={{ screen: 'exercise', id: exercise.id }}>
              <span className="primary-button__label">{t('home.howTo')}</span>
              <span className="primary-button__detail">{exercise.name}</span>
            </RouteLink>
          ))}
          {featured?.video && <BreathingIndicator />}
        </div>
        <div className="screen__text">
          <LinkList title={t('home.targetMuscles')} items={station.targetMuscles} screen="muscle" />
          <p className="hint">{t('home.tapMuscle')}</p>
          {maps.length > 0 && (
            <figure className="home__body-map">
              <div className="home__maps">
                {maps.map((map) => (
                  <BodyMap key={map.view} map={map} muscles={station.targetMuscles} highlighted={new Set(targetIds)} label={`${t('home.bodyMap')}: ${t(`guide.views.${map.view}`)}`} />
                ))}
              </div>
              <figcaption className="hint">{t('home.bodyMap')}</figcaption>
            </figure>
          )}
        </div>
      </div>
    </ScreenFrame>
  );
}
