/** The muscle guide: body maps whose muscle regions open their cards, and the way to the credits. */
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../main/contract';
import { BodyMap } from '../body-map/body-map';
import { ScreenFrame } from '../components/screen-frame';
import { useNavigation } from '../navigation';

export function GuideScreen({ content, chosenMuscle }: { content: KioskContent; chosenMuscle: string | null }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const muscles = Object.values(content.muscles).map(({ id, name }) => ({ id, name }));
  const highlighted = new Set(chosenMuscle ? [chosenMuscle] : []);
  return (
    <ScreenFrame name="guide">
      <h1 className="screen__title">{t('guide.title')}</h1>
      <p className="hint">{t('guide.hint')}</p>
      <div className="guide__maps">
        {content.bodyMaps.map((map) => (
          <figure key={map.view} className="guide__map">
            <BodyMap
              map={map}
              muscles={muscles.filter((muscle) => content.muscles[muscle.id]?.bodyMapViews.includes(map.view))}
              highlighted={highlighted}
              onSelect={(id) => navigation.open({ screen: 'muscle', id })}
              label={t(`guide.views.${map.view}`)}
            />
            <figcaption>{t(`guide.views.${map.view}`)}</figcaption>
          </figure>
        ))}
      </div>
      <button type="button" className="secondary-button" onClick={() => navigation.open({ screen: 'credits' })}>
        {t('guide.credits')}
      </button>
    </ScreenFrame>
  );
}
