import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/shared/components/PageHeading';
import { formatDate } from '@/shared/lib/format-date';
import { useLogout } from '@/features/auth/hooks/use-session-actions';
import { DisplayNameForm } from './DisplayNameForm';
import { Icon } from '@/shared/components/Icon';
import { useViewer } from '@/features/auth/hooks/use-viewer';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { logout, loading } = useLogout();
  if (!viewer) return null;
  const rows: Array<[string, string]> = [
    [t('profile.displayName'), viewer.displayName],
    [t('profile.email'), viewer.email ?? '–'],
    [t('profile.organisation'), `${viewer.organisation.name} (${t(`orgKind.${viewer.organisation.kind}`)})`],
    [t('profile.role'), t(`role.${viewer.role}`)],
    [t('profile.status'), t(`userStatus.${viewer.status}`)],
    [t('profile.memberSince'), formatDate(viewer.createdAt, i18n.language)],
  ];
  return (
    <div className="app-stack app-narrow">
      <PageHeading title={t('profile.title')} />
      <dl className="kern-description-list">
        {rows.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="kern-body">
        <Link className="kern-link" to="/einstellungen">
          <Icon name="settings" size="small" /> {t('account.navSettings')}
        </Link>
      </p>
      <section aria-labelledby="profile-edit-title" className="app-stack">
        <h2 id="profile-edit-title" className="kern-heading-medium">
          {t('profile.editTitle')}
        </h2>
        <DisplayNameForm current={viewer.displayName} />
      </section>
      <section aria-labelledby="profile-logout-title" className="app-stack">
        <h2 id="profile-logout-title" className="kern-heading-medium">
          {t('profile.logoutTitle')}
        </h2>
        <p className="kern-body">{t('profile.logoutText')}</p>
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void logout()}
            disabled={loading}
          >
            <Icon name="logout" />
            <span className="kern-label">{t('nav.logout')}</span>
          </button>
        </div>
      </section>
    </div>
  );
}
