import { useTranslation } from 'react-i18next';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { AppearanceSettings } from '@/features/account/components/AppearanceSettings';
import { ChangePasswordForm } from '@/features/account/components/ChangePasswordForm';
import { EmailChangeForm } from '@/features/account/components/EmailChangeForm';
import { MyDataSection } from '@/features/account/components/MyDataSection';
import { NotificationSettings } from '@/features/notifications/components/NotificationSettings';
import { FeedTokenSettings } from '@/features/feeds/components/FeedTokenSettings';

/** /einstellungen: appearance (light / dark), e-mail address, password, notification channels, digest, data export and account deletion. */
export function SettingsPage() {
  const { t, ready } = useNamespace('account');
  const { t: tc } = useTranslation();
  if (!ready) return <Loading />;
  return (
    <div className="app-stack app-narrow">
      <Breadcrumbs items={[{ label: tc('nav.profile'), to: '/profil' }, { label: t('title') }]} />
      <PageHeading title={t('title')} />
      <AppearanceSettings />
      <EmailChangeForm />
      <ChangePasswordForm />
      <NotificationSettings />
      <FeedTokenSettings />
      <MyDataSection />
    </div>
  );
}
