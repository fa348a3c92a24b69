import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { RelativeTime } from '@/shared/components/RelativeTime';
import { ApproveUserMutationDocument, PendingUsersQueryDocument } from '../graphql/approvals.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { Badge } from '@/shared/components/Badge';
import { RejectUserDialog } from './RejectUserDialog';
import { VouchApprovalDialog } from './VouchApprovalDialog';
import '@/shared/components/admin-ui.css';

interface PendingUser {
  id: string;
  displayName: string;
  email: string | null;
  emailConfirmed: boolean | null;
}

export function ApprovalsPage() {
  const { t } = useTranslation();
  const { t: tm } = useNamespace('moderation');
  const { data, loading, error, connection, loadMore, loadingMore, refetch } = useConnectionList(
    PendingUsersQueryDocument,
    (d) => d.pendingUsers,
    {
      variables: { first: 50 },
      fetchPolicy: 'cache-and-network',
    },
  );
  const [approve, { loading: approving, error: approveError }] = useMutation(ApproveUserMutationDocument);
  const [status, setStatus] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<PendingUser | null>(null);
  const [vouching, setVouching] = useState<PendingUser | null>(null);
  const users = (connection?.edges ?? []).map((e) => e.node).filter((u) => u.status === 'PENDING');

  // An unconfirmed address is approved only when the moderator vouches for it (dialog).
  async function onApprove(userId: string, name: string, vouchForEmail = false) {
    setStatus(null);
    try {
      await approve({ variables: { userId, vouchForEmail } });
      setStatus(t('moderation.approved', { name }));
      await refetch().catch(() => undefined);
      // The row (and its button) is gone: keep the keyboard user on the page.
      if (!document.activeElement || document.activeElement === document.body)
        document.querySelector<HTMLElement>('main h1')?.focus();
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <div className="app-stack">
      <PageHeading title={t('moderation.approvalsTitle')} />
      <p className="kern-body">{t('moderation.approvalsIntro')}</p>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={approveError ?? error} />
      {loading && !data ? <Loading /> : null}
      {data && users.length === 0 ? (
        <p className="kern-body" tabIndex={-1} id="approvals-empty">
          {t('moderation.none')}
        </p>
      ) : null}
      {users.length > 0 ? (
        <div
          className="kern-table-responsive"
          tabIndex={0}
          role="region"
          aria-label={t('moderation.approvalsTitle')}
          id="approvals-table"
        >
          <table className="kern-table">
            <caption className="kern-sr-only">{t('moderation.approvalsTitle')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('moderation.columnName')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('moderation.columnEmail')}
                </th>
                <th scope="col" className="kern-table__header">
                  {tm('approvals.emailDomain')}
                </th>
                <th scope="col" className="kern-table__header">
                  {tm('approvals.emailStatus')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('moderation.columnOrganisation')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('moderation.columnRegistered')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--action">
                  {t('moderation.columnAction')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {users.map((user) => (
                <tr className="kern-table__row" key={user.id}>
                  <th scope="row" className="kern-table__cell">
                    {user.displayName}
                  </th>
                  <td className="kern-table__cell">{user.email ?? '–'}</td>
                  <td className="kern-table__cell">{user.emailDomain ?? '–'}</td>
                  <td className="kern-table__cell">
                    {user.emailConfirmed === false ? (
                      <Badge variant="warning" icon="mail">
                        {tm('approvals.unconfirmed')}
                      </Badge>
                    ) : (
                      <Badge variant="success" icon="check">
                        {tm('approvals.confirmed')}
                      </Badge>
                    )}
                  </td>
                  <td className="kern-table__cell">
                    {user.organisation.name} ({t(`orgKind.${user.organisation.kind}`)})
                  </td>
                  <td className="kern-table__cell">
                    <RelativeTime iso={user.createdAt} />
                  </td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <div className="app-admin-actions">
                      <button
                        type="button"
                        className="kern-btn kern-btn--primary kern-btn--x-small"
                        disabled={approving}
                        aria-label={t('moderation.approveLabel', { name: user.displayName })}
                        aria-haspopup={user.emailConfirmed === false ? 'dialog' : undefined}
                        onClick={() => {
                          if (user.emailConfirmed === false) {
                            setStatus(null);
                            setVouching(user);
                          } else void onApprove(user.id, user.displayName);
                        }}
                      >
                        <span className="kern-label">{t('moderation.approve')}</span>
                      </button>
                      <button
                        type="button"
                        className="kern-btn kern-btn--secondary kern-btn--x-small"
                        aria-haspopup="dialog"
                        aria-label={tm('approvals.rejectLabel', { name: user.displayName })}
                        onClick={() => {
                          setStatus(null);
                          setRejecting(user);
                        }}
                      >
                        <span className="kern-label">{tm('approvals.reject')}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {connection?.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
      <VouchApprovalDialog
        user={vouching}
        busy={approving}
        onClose={() => setVouching(null)}
        onApprove={(userId) => {
          const name = vouching?.displayName ?? '';
          setVouching(null);
          void onApprove(userId, name, true);
        }}
      />
      <RejectUserDialog
        user={rejecting}
        onClose={() => setRejecting(null)}
        onDone={(message) => {
          setRejecting(null);
          setStatus(message);
          void refetch()
            .catch(() => undefined)
            .then(() => document.querySelector<HTMLElement>('main h1')?.focus());
        }}
      />
    </div>
  );
}
