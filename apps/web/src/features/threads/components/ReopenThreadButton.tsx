import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LiveAnnouncement } from '@/shared/components/LiveAnnouncement';
import { useAnnouncer } from '@/shared/hooks/use-announcer';
import type { ThreadState } from '@/gql/graphql';
import { isModerator } from '@/features/auth/lib/viewer-context';
import { Icon } from '@/shared/components/Icon';
import { ReopenThreadMutationDocument } from '../graphql/my-threads.graphql';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/** "Frage wieder öffnen" for the asker (or a moderator) once a question is answered. */
export function ReopenThreadButton({
  thread,
}: {
  thread: { id: string; state: ThreadState; author: { id: string } };
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [announcement, announce] = useAnnouncer();
  const [reopen, { loading, error }] = useMutation(ReopenThreadMutationDocument);
  const allowed = viewer && (viewer.id === thread.author.id || isModerator(viewer));
  if (!allowed) return null;
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
              .then(() => announce(t('threads.reopen.done')))
              .catch(() => undefined)
          }
        >
          <Icon name="autorenew" size="small" />
          <span className="kern-label">
            {loading ? t('threads.reopen.busy') : t('threads.reopen.button')}
          </span>
        </button>
      ) : null}
      <ApiErrorAlert error={error} />
    </div>
  );
}
