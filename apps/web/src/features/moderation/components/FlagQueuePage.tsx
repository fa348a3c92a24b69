import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { FlagState } from '@/gql/graphql';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { FlagQueueQueryDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { FlagQueueItem, groupFlagsByPost } from './FlagQueueItem';
import '@/shared/components/admin-ui.css';

const STATES: FlagState[] = ['OPEN', 'RESOLVED', 'DISMISSED'];

/** Prüfliste: flagged posts with their reports, newest first. */
export function FlagQueuePage() {
  const { t } = useNamespace('moderation');
  const client = useApolloClient();
  const [state, setState] = useState<FlagState>('OPEN');
  const [status, setStatus] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, connection, loadMore, loadingMore, refetch } = useConnectionList(
    FlagQueueQueryDocument,
    (d) => d.flags,
    {
      variables: { state, first: 50 },
      fetchPolicy: 'cache-and-network',
    },
  );
  const groups = groupFlagsByPost((connection?.edges ?? []).map((e) => e.node));

  async function onHandled(message: string) {
    setStatus(message);
    try {
      await Promise.all([refetch(), client.refetchQueries({ include: ['ModOpenFlagCount'] })]);
    } catch {
      // A failed reload shows as the query's error; an aborted one (page left) needs nothing.
    }
    // The handled item is gone: continue at the list heading instead of losing focus to <body>.
    listHeading.current?.focus();
  }

  return (
    <div className="app-stack">
      <PageHeading title={t('queue.title')} />
      <p className="kern-body">{t('queue.intro')}</p>
      <div className="app-filter-bar">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="flag-state">
            {t('queue.stateFilter')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="flag-state"
              className="kern-form-input__select"
              value={state}
              onChange={(e) => {
                setStatus(null);
                setState(e.target.value as FlagState);
              }}
            >
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`flagState.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <h2 className="kern-heading-medium" ref={listHeading} tabIndex={-1}>
          {t('queue.count', { count: connection?.totalCount ?? 0 })}
        </h2>
      ) : null}
      {data && groups.length === 0 ? (
        <p className="kern-body">{state === 'OPEN' ? t('queue.none') : t('queue.noneInState')}</p>
      ) : null}
      {groups.length > 0 ? (
        <ul className="app-flag-list">
          {groups.map((group) => (
            <li key={group.post.id}>
              <FlagQueueItem group={group} onHandled={(message) => void onHandled(message)} />
            </li>
          ))}
        </ul>
      ) : null}
      {connection?.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
    </div>
  );
}
