/** "On your phone": a QR code to this screen's page of the web export, in the member's language; only when the operator set publicUrl. */
import './share-code.css';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { publicPageUrl, type WebPageRef } from '../../common/web-pages';
import { NavigationContext } from '../navigation';
import { QrCode } from './qr-code';
import { usePublicUrl } from './use-public-url';

export function ShareCode({ page }: { page: WebPageRef }) {
  const { t, i18n } = useTranslation();
  const publicUrl = usePublicUrl();
  const language = useContext(NavigationContext)?.language ?? i18n.language;
  if (!publicUrl) return null;
  const url = publicPageUrl(publicUrl, language, page);
  return (
    <aside className="share-code" data-share-url={url}>
      <QrCode text={url} label={t('share.codeLabel')} />
      <p className="share-code__caption">{t(page.kind === 'muscle' ? 'share.muscleCaption' : 'share.exerciseCaption')}</p>
    </aside>
  );
}
