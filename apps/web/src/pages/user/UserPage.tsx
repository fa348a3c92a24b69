import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { Badge } from '@/shared/components/Badge';
import { PageHeading } from '@/shared/components/PageHeading';
import { formatDate } from '@/shared/lib/format-date';
import { UserActivity } from './UserActivity';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { UserModerationPanel } from '@/features/moderation/components/UserModerationPanel';
import { PublicUserQueryDocument } from '@/features/users/graphql/users.graphql';

export function UserPage() {
  const { t, i18n } = useTranslation();
  const { userId = '' } = useParams();
  const { data, loading, error } = useQuery(PublicUserQueryDocument, { variables: { id: userId } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const user = data?.user;
  if (!user) return <NotFoundPage />;
  return (
    <div className="app-stack app-narrow">
      <PageHeading title={t('user.title', { name: user.displayName })} />
      {user.role !== 'USER' ? (
        <p>
          <Badge variant="info" icon="verified">
            {t(`role.${user.role}`)}
          </Badge>
        </p>
      ) : null}
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('profile.organisation')}</dt>
          <dd className="kern-description-list-item__value">
            {user.organisation.name} ({t(`orgKind.${user.organisation.kind}`)})
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('profile.role')}</dt>
          <dd className="kern-description-list-item__value">{t(`role.${user.role}`)}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('profile.memberSince')}</dt>
          <dd className="kern-description-list-item__value">{formatDate(user.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      <UserActivity user={user} />
      <UserModerationPanel userId={user.id} />
    </div>
  );
}
