/** Home and Back on every screen, and the language switcher. */
import './top-bar.css';
import './nav-button.css';
import { useTranslation } from 'react-i18next';
import { ReadingAidsControl } from '../accessibility/reading-aids-control';
import { useNavigation } from '../navigation';
import { LanguageSwitcher } from './language-switcher';
import { SoundUnlockHint } from './sound-unlock-hint';

/** `visit` changes as each screen opens: the reading aids' switches, left open, close with the screen they were opened on. */
export function TopBar({ visit }: { visit?: number }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <header className="top-bar">
      <nav className="top-bar__nav">
        <button type="button" className="nav-button" onClick={navigation.home}>
          <span aria-hidden="true" className="nav-button__icon">⌂</span>
          {t('nav.home')}
        </button>
        <button type="button" className="nav-button" onClick={navigation.back} disabled={!navigation.canGoBack}>
          <span aria-hidden="true" className="nav-button__icon">‹</span>
          {t('nav.back')}
        </button>
        <button type="button" className="nav-button" onClick={() => navigation.open({ screen: 'guide' })}>
          {t('nav.guide')}
        </button>
      </nav>
      <ReadingAidsControl key={visit} />
      <LanguageSwitcher />
      <SoundUnlockHint />
    </header>
  );
}
