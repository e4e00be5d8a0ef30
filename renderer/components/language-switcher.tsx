/** Each language as a button named in its own language, marked with its lang for screen readers. */
import './language-switcher.css';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../navigation';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language, languages, setLanguage } = useNavigation();
  if (languages.length < 2) return null;
  return (
    <div className="language-switcher" role="group" aria-label={t('nav.languages')}>
      {languages.map((entry) => (
        <button
          key={entry.code}
          type="button"
          lang={entry.code}
          className="language-switcher__button"
          aria-pressed={entry.code === language}
          onClick={() => setLanguage(entry.code)}
        >
          {entry.name}
        </button>
      ))}
    </div>
  );
}
