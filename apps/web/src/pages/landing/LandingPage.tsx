import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { AccessibilityLinks } from '@/features/accessibility/components/AccessibilityLinks';
import { SignInPanel } from '@/features/auth/components/SignInPanel';
import { useViewer } from '@/features/auth/hooks/use-viewer';

export function LandingPage() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const accountDeleted = Boolean((location.state as { accountDeleted?: boolean } | null)?.accountDeleted);
  if (loading) return <Loading />;
  if (viewer) return <Navigate to="/bereiche" replace />;
  return (
    <div className="app-landing">
      <div className="app-landing__intro app-stack">
        <PageHeading title={t('landing.title')} />
        <AccessibilityLinks />
        {accountDeleted ? <Alert variant="success" title={t('account.deleted')} live="status" /> : null}
        <p className="kern-body kern-body--large">{t('landing.lead')}</p>
        <section aria-labelledby="landing-what" className="app-stack">
          <h2 id="landing-what" className="kern-heading-medium">
            {t('landing.whatTitle')}
          </h2>
          <p className="kern-body">{t('landing.what1')}</p>
          <p className="kern-body">{t('landing.what2')}</p>
        </section>
        <section aria-labelledby="landing-who" className="app-stack">
          <h2 id="landing-who" className="kern-heading-medium">
            {t('landing.whoTitle')}
          </h2>
          <ul className="kern-list kern-list--bullet">
            <li>{t('landing.who1')}</li>
            <li>{t('landing.who2')}</li>
            <li>{t('landing.who3')}</li>
          </ul>
        </section>
      </div>
      <section className="app-landing__login kern-card" id="anmelden" aria-label={t('landing.loginTitle')}>
        <div className="kern-card__container">
          <SignInPanel />
        </div>
      </section>
    </div>
  );
}
