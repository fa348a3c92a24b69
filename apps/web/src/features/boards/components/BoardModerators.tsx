import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { TextField } from '@/shared/components/TextField';
import { useDebouncedValue } from '@/shared/hooks/use-debounced-value';
import {
  AdminUserSearchQueryDocument,
  AssignBoardModeratorMutationDocument,
  RemoveBoardModeratorMutationDocument,
} from '../graphql/board-admin.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import '@/shared/components/admin-ui.css';

interface Moderator {
  id: string;
  displayName: string;
  organisation: { id: string; name: string };
}

/** Board moderators: list with "Entfernen", and assigning by searching active users by name. */
export function BoardModerators({ boardId, moderators }: { boardId: string; moderators: Moderator[] }) {
  const { t } = useNamespace('boards');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const { data: found, loading: searching } = useQuery(AdminUserSearchQueryDocument, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const [assign, assignState] = useMutation(AssignBoardModeratorMutationDocument);
  const [remove, removeState] = useMutation(RemoveBoardModeratorMutationDocument);
  const [status, setStatus] = useState<string | null>(null);
  const results = debounced.length >= 2 ? (found?.mentionableUsers ?? []) : [];

  async function onAssign(user: Moderator) {
    setStatus(null);
    try {
      await assign({ variables: { boardId, userId: user.id } });
      setStatus(t('moderators.assigned', { name: user.displayName }));
      setSearch('');
      document.getElementById('moderator-search')?.focus();
    } catch {
      // shown by ApiErrorAlert
    }
  }

  async function onRemove(user: Moderator) {
    setStatus(null);
    try {
      await remove({ variables: { boardId, userId: user.id } });
      setStatus(t('moderators.removed', { name: user.displayName }));
      document.getElementById('board-moderators-heading')?.focus();
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <section aria-labelledby="board-moderators-heading" className="app-stack-sm">
      <h2 className="kern-heading-medium" id="board-moderators-heading" tabIndex={-1}>
        {t('moderators.title')}
      </h2>
      <p className="kern-body">{t('moderators.intro')}</p>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={assignState.error ?? removeState.error} />
      {moderators.length === 0 ? <p className="kern-body">{t('moderators.none')}</p> : null}
      <ul className="app-admin-list">
        {moderators.map((m) => (
          <li key={m.id}>
            <span className="app-admin-list__main">
              {m.displayName} ({m.organisation.name})
            </span>
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small"
              aria-label={t('moderators.removeLabel', { name: m.displayName })}
              disabled={removeState.loading}
              onClick={() => void onRemove(m)}
            >
              <span className="kern-label">{t('moderators.remove')}</span>
            </button>
          </li>
        ))}
      </ul>
      <TextField
        id="moderator-search"
        type="search"
        label={t('moderators.search')}
        hint={t('moderators.searchHint')}
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {debounced.length >= 2 ? (
        <div aria-live="polite" aria-busy={searching}>
          <h3 className="kern-title">{t('moderators.results')}</h3>
          {!searching && results.length === 0 ? (
            <p className="kern-body">{t('moderators.noResults')}</p>
          ) : null}
          <ul className="app-admin-list">
            {results.map((u) => {
              const already = moderators.some((m) => m.id === u.id);
              return (
                <li key={u.id}>
                  <span className="app-admin-list__main">
                    {u.displayName} ({u.organisation.name})
                  </span>
                  {already ? (
                    <span className="kern-body kern-body--small">{t('moderators.already')}</span>
                  ) : (
                    <button
                      type="button"
                      className="kern-btn kern-btn--primary kern-btn--x-small"
                      aria-label={t('moderators.assignLabel', { name: u.displayName })}
                      disabled={assignState.loading}
                      onClick={() => void onAssign(u)}
                    >
                      <span className="kern-label">{t('moderators.assign')}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
