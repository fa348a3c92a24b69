import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/components/Alert';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadMoreButton } from '../../../shared/components/LoadMoreButton';
import { Loading } from '../../../shared/components/Loading';
import { PageHeading } from '../../../shared/components/PageHeading';
import { RelativeTime } from '../../../shared/components/RelativeTime';
import { ApproveUserMutationDocument, PendingUsersQueryDocument } from '../graphql/approvals.graphql';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(PendingUsersQueryDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [approve, { loading: approving, error: approveError }] = useMutation(ApproveUserMutationDocument);
  const [approved, setApproved] = useState<string | null>(null);
  const connection = data?.pendingUsers;
  const users = (connection?.edges ?? []).map((e) => e.node).filter((u) => u.status === 'PENDING');

  async function onApprove(userId: string, name: string) {
    await approve({ variables: { userId } });
    setApproved(name);
    await refetch();
  }

  return (
    <div className="app-stack">
      <PageHeading title={t('moderation.approvalsTitle')} />
      <p className="kern-body">{t('moderation.approvalsIntro')}</p>
      <div role="status">{approved ? <Alert variant="success" title={t('moderation.approved', { name: approved })} /> : null}</div>
      <ApiErrorAlert error={approveError ?? error} />
      {loading && !data ? <Loading /> : null}
      {data && users.length === 0 ? <p className="kern-body">{t('moderation.none')}</p> : null}
      {users.length > 0 ? (
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={t('moderation.approvalsTitle')}>
          <table className="kern-table">
            <caption className="kern-sr-only">{t('moderation.approvalsTitle')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('moderation.columnName')}</th>
                <th scope="col" className="kern-table__header">{t('moderation.columnEmail')}</th>
                <th scope="col" className="kern-table__header">{t('moderation.columnOrganisation')}</th>
                <th scope="col" className="kern-table__header">{t('moderation.columnRegistered')}</th>
                <th scope="col" className="kern-table__header kern-table__header--action">{t('moderation.columnAction')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {users.map((user) => (
                <tr className="kern-table__row" key={user.id}>
                  <th scope="row" className="kern-table__cell">{user.displayName}</th>
                  <td className="kern-table__cell">{user.email ?? '–'}</td>
                  <td className="kern-table__cell">
                    {user.organisation.name} ({t(`orgKind.${user.organisation.kind}`)})
                  </td>
                  <td className="kern-table__cell">
                    <RelativeTime iso={user.createdAt} />
                  </td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <button
                      type="button"
                      className="kern-btn kern-btn--primary kern-btn--x-small"
                      disabled={approving}
                      aria-label={t('moderation.approveLabel', { name: user.displayName })}
                      onClick={() => void onApprove(user.id, user.displayName)}
                    >
                      <span className="kern-label">{t('moderation.approve')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <LoadMoreButton loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
      ) : null}
    </div>
  );
}
