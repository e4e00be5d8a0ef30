/** Content and diagnostics for staff: folder, version, reload (last good kept on failure), versions, uptime, errors. */
import './staff-diagnostics.css';
import '../components/secondary-button.css';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostics } from '../../common/diagnostics';
import { formatProblem } from '../../common/result';
import { BridgeContext } from '../bridge/bridge-context';
import { ContentUpdates } from './content-updates';
import { PanelSection } from './staff-controls';

export function StaffDiagnostics({ token }: { token: string }) {
  const { t } = useTranslation();
  const bridge = useContext(BridgeContext);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const [reloadMessage, setReloadMessage] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    void bridge?.getDiagnostics({ token }).then((result) => {
      if (current && result.ok) setDiagnostics(result.value);
    });
    return () => {
      current = false;
    };
  }, [bridge, token, revision]);

  const reload = async () => {
    const result = await bridge?.reloadContent({ token });
    if (!result) return;
    setReloadMessage(result.ok ? t('staff.content.reloaded', { version: result.value.version }) : t('staff.content.reloadFailed', { count: result.error.problems?.filter((problem) => problem.severity === 'error').length ?? 0 }));
    setRevision((value) => value + 1);
  };

  return (
    <>
      <PanelSection title={t('staff.content.title')}>
        <dl className="staff-facts">
          <dt>{t('staff.content.folder')}</dt>
          <dd>{diagnostics?.contentDir ?? '…'}</dd>
          <dt>{t('staff.content.version')}</dt>
          <dd>{diagnostics?.contentVersion ?? '—'}</dd>
        </dl>
        <button type="button" className="secondary-button" onClick={() => void reload()}>
          {t('staff.content.reload')}
        </button>
        {reloadMessage && <p role="status">{reloadMessage}</p>}
      </PanelSection>
      {diagnostics?.updates && <ContentUpdates updates={diagnostics.updates} />}
      <PanelSection title={t('staff.diagnostics.title')}>
        <dl className="staff-facts">
          <dt>{t('staff.diagnostics.appVersion')}</dt>
          <dd>{diagnostics?.appVersion ?? '…'}</dd>
          {Object.entries(diagnostics?.versions ?? {}).map(([name, version]) => (
            <div key={name} className="staff-facts__row">
              <dt>{name}</dt>
              <dd>{version}</dd>
            </div>
          ))}
          <dt>{t('staff.diagnostics.uptime')}</dt>
          <dd>{diagnostics ? t('staff.diagnostics.uptimeValue', { minutes: Math.floor(diagnostics.uptimeSeconds / 60) }) : '…'}</dd>
          {diagnostics?.host.crashReports != null && (
            <div className="staff-facts__row">
              <dt>{t('staff.diagnostics.crashReports')}</dt>
              <dd>{diagnostics.host.crashReports}</dd>
            </div>
          )}
        </dl>
        <h3>{t('staff.diagnostics.errors')}</h3>
        {diagnostics && diagnostics.recentErrors.length === 0 && diagnostics.problems.length === 0 && diagnostics.host.notes.length === 0 ? (
          <p>{t('staff.diagnostics.noErrors')}</p>
        ) : (
          <ul className="staff-errors">
            {diagnostics?.host.notes.map((note, index) => (
              <li key={`n${index}`}>{note}</li>
            ))}
            {diagnostics?.problems.map((problem, index) => (
              <li key={`p${index}`}>
                {problem.severity}: {formatProblem(problem)}
              </li>
            ))}
            {diagnostics?.recentErrors.map((entry, index) => (
              <li key={`e${index}`}>
                {entry.at} · {entry.source}: {entry.message}
              </li>
            ))}
          </ul>
        )}
        {diagnostics && diagnostics.host.logTail.length > 0 && (
          <>
            <h3>{t('staff.diagnostics.log')}</h3>
            <pre className="staff-log">{diagnostics.host.logTail.join('\n')}</pre>
          </>
        )}
      </PanelSection>
    </>
  );
}
