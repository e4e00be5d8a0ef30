/** For staff: which content release is on screen, when the kiosk last looked for a new one, and what it refused and why. */
import { useTranslation } from 'react-i18next';
import type { ContentUpdateStatus } from '../../common/diagnostics';
import { PanelSection } from './staff-controls';

export function ContentUpdates({ updates }: { updates: ContentUpdateStatus }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)) : t('staff.updates.never'));
  return (
    <PanelSection title={t('staff.updates.title')}>
      <dl className="staff-facts">
        <dt>{t('staff.updates.release')}</dt>
        <dd>{updates.runningVersion ?? t('staff.updates.builtIn')}</dd>
        <dt>{t('staff.updates.lastCheck')}</dt>
        <dd>{when(updates.lastCheck)}</dd>
        {updates.pending !== null && (
          <div className="staff-facts__row">
            <dt>{t('staff.updates.pending')}</dt>
            <dd>{t('staff.updates.pendingVersion', { version: updates.pending })}</dd>
          </div>
        )}
        {updates.lastError && (
          <div className="staff-facts__row">
            <dt>{t('staff.updates.lastError')}</dt>
            <dd>{updates.lastError}</dd>
          </div>
        )}
        {updates.rejected && (
          <div className="staff-facts__row">
            <dt>{t('staff.updates.rejected')}</dt>
            <dd>{updates.rejected.version === null ? updates.rejected.reason : t('staff.updates.rejectedVersion', { version: updates.rejected.version, reason: updates.rejected.reason })}</dd>
          </div>
        )}
      </dl>
    </PanelSection>
  );
}
