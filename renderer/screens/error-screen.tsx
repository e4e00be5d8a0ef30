/** Shown instead of a blank page: a calm message for members and the exact problems for staff. */
import './error-screen.css';
import '../components/primary-button.css';
import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../common/result';

export function ErrorScreen({ error, onRetry }: { error: KioskError; onRetry: () => void }) {
  const { t } = useTranslation();
  const problems = error.problems?.filter((problem) => problem.severity === 'error') ?? [];
  return (
    <div className="screen screen--error" data-screen="error">
      <main className="screen__body">
        <h1 className="screen__title">{t('error.title')}</h1>
        <p className="lead">{t('error.body')}</p>
        <section className="problems">
          <p>{t('error.staffHint')}</p>
          <p className="problems__summary">{error.message}</p>
          {problems.length > 0 && (
            <table className="problems__table">
              <thead>
                <tr>
                  <th scope="col">{t('error.file')}</th>
                  <th scope="col">{t('error.field')}</th>
                  <th scope="col">{t('error.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((problem, index) => (
                  <tr key={index}>
                    <td>{problem.file}</td>
                    <td>{problem.field}</td>
                    <td>{problem.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <button type="button" className="primary-button" onClick={onRetry}>
          <span className="primary-button__label">{t('error.retry')}</span>
        </button>
      </main>
    </div>
  );
}
