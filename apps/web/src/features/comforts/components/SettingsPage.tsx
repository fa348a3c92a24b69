import { useTranslation } from 'react-i18next';
import { Loading } from '../../../shared/components/Loading';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Breadcrumbs } from '../../layout/components/Breadcrumbs';
import { useNamespace } from '../../report/hooks/use-namespace';
import { AppearanceSettings } from './AppearanceSettings';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MyDataSection } from './MyDataSection';
import { NotificationSettings } from './NotificationSettings';

/** /einstellungen: appearance (light / dark), password, notification channels, digest, data export and account deletion. */
export function SettingsPage() {
  const ready = useNamespace('comforts');
  const { t } = useTranslation('comforts');
  const { t: tc } = useTranslation();
  if (!ready) return <Loading />;
  return (
    <div className="app-stack app-narrow">
      <Breadcrumbs items={[{ label: tc('nav.profile'), to: '/profil' }, { label: t('settings.title') }]} />
      <PageHeading title={t('settings.title')} />
      <AppearanceSettings />
      <ChangePasswordForm />
      <NotificationSettings />
      <MyDataSection />
    </div>
  );
}
