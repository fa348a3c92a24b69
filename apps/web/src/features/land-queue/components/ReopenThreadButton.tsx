import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LiveAnnouncement } from '../../../shared/components/LiveAnnouncement';
import { useAnnouncer } from '../../../shared/lib/use-announcer';
import type { ThreadState } from '../../../gql/graphql';
import { isModerator, useViewer } from '../../auth/hooks/viewer-context';
import { useNamespace } from '../../report/hooks/use-namespace';
import { ReopenThreadMutationDocument } from '../graphql/land-queue.graphql';
import { Icon } from '../../../shared/components/Icon';

/** "Frage wieder öffnen" for the asker (or a moderator) once a question is answered. */
export function ReopenThreadButton({
  thread,
}: {
  thread: { id: string; state: ThreadState; author: { id: string } };
}) {
  const ready = useNamespace('landqueue');
  const { t } = useTranslation('landqueue');
  const { viewer } = useViewer();
  const [announcement, announce] = useAnnouncer();
  const [reopen, { loading, error }] = useMutation(ReopenThreadMutationDocument);
  const allowed = viewer && (viewer.id === thread.author.id || isModerator(viewer));
  if (!ready || !allowed) return null;
  return (
    <div className="app-reopen">
      <LiveAnnouncement announcement={announcement} />
      {thread.state === 'ANSWERED' ? (
        <button
          type="button"
          className="kern-btn kern-btn--secondary kern-btn--small"
          disabled={loading}
          onClick={() =>
            void reopen({ variables: { threadId: thread.id } })
              .then(() => announce(t('reopen.done')))
              .catch(() => undefined)
          }
        >
          <Icon name="autorenew" size="small" />
          <span className="kern-label">{loading ? t('reopen.busy') : t('reopen.button')}</span>
        </button>
      ) : null}
      <ApiErrorAlert error={error} />
    </div>
  );
}
