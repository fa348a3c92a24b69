import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { PageHeading } from '@/shared/components/PageHeading';
import { RegisterForm } from './RegisterForm';
import { useViewer } from '../hooks/use-viewer';

export function RegisterPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [done, setDone] = useState(false);
  if (viewer) return <Navigate to="/bereiche" replace />;
  return (
    <div className="app-narrow app-stack">
      <PageHeading title={t('auth.register.title')} />
      {done ? (
        <>
          <Alert variant="success" title={t('auth.register.successTitle')} live="status">
            <p className="kern-body">{t('auth.register.success')}</p>
            <ol className="kern-list">
              <li>{t('auth.register.successStep1')}</li>
              <li>{t('auth.register.successStep2')}</li>
              <li>{t('auth.register.successStep3')}</li>
            </ol>
          </Alert>
          <p>
            <Link className="kern-link" to="/">
              {t('auth.register.backHome')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="kern-body">{t('auth.register.intro')}</p>
          <RegisterForm onRegistered={() => setDone(true)} />
          <p className="kern-body">
            {t('auth.register.haveAccount')}{' '}
            <Link className="kern-link" to="/#anmelden">
              {t('nav.login')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
