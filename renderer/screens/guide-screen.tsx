/** The muscle guide: body maps whose muscle regions open their cards, and the way to the credits. */
import './guide-screen.css';
import '../components/secondary-button.css';
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../common/content-view';
import { BodyMap } from '../body-map/body-map';
import { BodyMapLegend } from '../body-map/body-map-legend';
import { ScreenFrame } from '../components/screen-frame';
import { useNavigation } from '../navigation';

export function GuideScreen({ content, chosenMuscle }: { content: KioskContent; chosenMuscle: string | null }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const muscles = Object.values(content.muscles).map(({ id, name }) => ({ id, name }));
  const highlighted = new Set(chosenMuscle ? [chosenMuscle] : []);
  const open = (id: string) => navigation.open({ screen: 'muscle', id });
  return (
    <ScreenFrame name="guide">
      <h1 className="screen__title">{t('guide.title')}</h1>
      <p className="hint">{t('guide.hint')}</p>
      <div className="guide__maps">
        {content.bodyMaps.map((map) => {
          const shown = muscles.filter((muscle) => content.muscles[muscle.id]?.bodyMapViews.includes(map.view));
          return (
            <figure key={map.view} className="guide__map">
              <div className="guide__map-body">
                <BodyMap map={map} muscles={shown} highlighted={highlighted} onSelect={open} label={t(`guide.views.${map.view}`)} numbered />
                <BodyMapLegend muscles={shown} highlighted={highlighted} onSelect={open} />
              </div>
              <figcaption>{t(`guide.views.${map.view}`)}</figcaption>
            </figure>
          );
        })}
      </div>
      <button type="button" className="secondary-button" onClick={() => navigation.open({ screen: 'credits' })}>
        {t('guide.credits')}
      </button>
    </ScreenFrame>
  );
}
