import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { formatDateTime } from '@/shared/lib/format-date';
import {
  CreateFeedTokenMutationDocument,
  FeedTokenQueryDocument,
  RevokeFeedTokenMutationDocument,
} from '../graphql/feeds.graphql';

/**
 * Settings: the personal feed token for Atom feeds (newsreaders, a Kommune's intranet). The token is shown
 * once after it is made; a new one replaces the old one, and revoking ends every feed URL at once.
 */
export function FeedTokenSettings() {
  const { t, i18n, ready } = useNamespace('feeds');
  const { viewer } = useViewer();
  const { data, refetch } = useQuery(FeedTokenQueryDocument);
  const [token, setToken] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateFeedTokenMutationDocument);
  const [revoke, revokeState] = useMutation(RevokeFeedTokenMutationDocument);
  if (!ready) return null;
  const status = data?.feedToken;
  const origin = window.location.origin;
  const isLand = viewer?.organisation.kind === 'LAND';

  return (
    <section className="app-stack-sm" aria-labelledby="feeds-title" id="feeds">
      <h2 id="feeds-title" className="kern-heading-medium">
        {t('title')}
      </h2>
      <p className="kern-body">{t('intro')}</p>
      <ApiErrorAlert error={createState.error ?? revokeState.error} />
      <p className="kern-body" role="status">
        {status
          ? t('status', {
              created: formatDateTime(status.createdAt, i18n.language),
              used: status.lastUsedAt ? formatDateTime(status.lastUsedAt, i18n.language) : t('never'),
            })
          : t('none')}
      </p>
      {token ? (
        <div className="app-stack-sm">
          <p className="kern-body kern-body--bold">{t('showOnce')}</p>
          <label className="kern-label" htmlFor="feed-token-value">
            {t('token')}
          </label>
          <input id="feed-token-value" className="kern-form-input__input" readOnly value={token} />
          <p className="kern-body">{t('patterns')}</p>
          <ul className="kern-list">
            <li>
              <code>{`${origin}/feeds/board/<ID>.atom?token=${token}`}</code> – {t('board')}
            </li>
            <li>
              <code>{`${origin}/feeds/topic/<ID>.atom?token=${token}`}</code> – {t('topic')}
            </li>
            <li>
              <code>{`${origin}/feeds/tag/<ID>.atom?token=${token}`}</code> – {t('tag')}
            </li>
            {isLand ? (
              <li>
                <a className="kern-link" href={`${origin}/feeds/mein-land.atom?token=${token}`}>
                  {t('meinLand')}
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <div className="app-thread-toolbar">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={createState.loading}
          onClick={() =>
            void create()
              .then((res) => {
                setToken(res.data?.createFeedToken ?? null);
                return refetch();
              })
              .catch(() => undefined)
          }
        >
          <span className="kern-label">{status ? t('renew') : t('create')}</span>
        </button>
        {status ? (
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            disabled={revokeState.loading}
            onClick={() =>
              void revoke()
                .then(() => {
                  setToken(null);
                  return refetch();
                })
                .catch(() => undefined)
            }
          >
            <span className="kern-label">{t('revoke')}</span>
          </button>
        ) : null}
      </div>
    </section>
  );
}
