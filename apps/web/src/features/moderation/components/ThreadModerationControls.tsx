import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Icon } from '@/shared/components/Icon';
import { LockThreadMutationDocument, PinThreadMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { MergeThreadDialog } from './MergeThreadDialog';
import { MoveThreadDialog } from './MoveThreadDialog';
import { ThreadStatusDialog, type ThreadStatusAction } from './ThreadStatusDialog';
import './thread-moderation.css';

export interface ModeratedThread {
  id: string;
  locked: boolean;
  pinned: boolean;
  state: 'OPEN' | 'ANSWERED' | 'CLOSED';
  topic: { id: string; board: { id: string } };
}

/** Lock, close, pin, move and merge a thread; shown to those who moderate its board. */
export function ThreadModerationControls({
  thread,
  canModerate,
}: {
  thread: ModeratedThread;
  canModerate: boolean;
}) {
  const { t, ready } = useNamespace('moderation');
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'move' | 'merge' | null>(null);
  // Locking and closing ask for an optional reason; unlocking does not.
  const [statusAction, setStatusAction] = useState<ThreadStatusAction | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [lock, lockState] = useMutation(LockThreadMutationDocument);
  const [pin, pinState] = useMutation(PinThreadMutationDocument);
  if (!ready || !canModerate) return null;

  async function toggleLock() {
    setStatus(null);
    const locked = !thread.locked;
    try {
      await lock({ variables: { threadId: thread.id, locked } });
      setStatus(locked ? t('thread.locked') : t('thread.unlocked'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  async function togglePin() {
    setStatus(null);
    const pinned = !thread.pinned;
    try {
      await pin({ variables: { threadId: thread.id, pinned } });
      setStatus(pinned ? t('thread.pinned') : t('thread.unpinned'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <section className="app-mod-tools" aria-labelledby={`mod-tools-${thread.id}`}>
      <div className="app-mod-tools__bar">
        <h2 className="app-mod-tools__title" id={`mod-tools-${thread.id}`}>
          <Icon name="settings" size="small" />
          {t('thread.toolsTitle')}
        </h2>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small app-mod-tools__button"
          aria-pressed={thread.locked}
          disabled={lockState.loading}
          aria-haspopup={thread.locked ? undefined : 'dialog'}
          onClick={() => {
            if (thread.locked) return void toggleLock();
            setStatus(null);
            setStatusAction('lock');
          }}
        >
          <Icon name={thread.locked ? 'lock-open' : 'lock'} size="small" />
          <span className="kern-label">{thread.locked ? t('thread.unlock') : t('thread.lock')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small app-mod-tools__button"
          aria-haspopup="dialog"
          onClick={() => {
            setStatus(null);
            setStatusAction(thread.state === 'CLOSED' ? 'reopen' : 'close');
          }}
        >
          <Icon name={thread.state === 'CLOSED' ? 'lock-open' : 'block'} size="small" />
          <span className="kern-label">
            {thread.state === 'CLOSED' ? t('thread.reopen') : t('thread.close')}
          </span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small app-mod-tools__button"
          aria-pressed={thread.pinned}
          disabled={pinState.loading}
          onClick={() => void togglePin()}
        >
          <Icon name="pin" size="small" />
          <span className="kern-label">{thread.pinned ? t('thread.unpin') : t('thread.pin')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small app-mod-tools__button"
          aria-haspopup="dialog"
          onClick={() => {
            setStatus(null);
            setDialog('move');
          }}
        >
          <Icon name="move" size="small" />
          <span className="kern-label">{t('thread.move')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small app-mod-tools__button"
          aria-haspopup="dialog"
          onClick={() => {
            setStatus(null);
            setDialog('merge');
          }}
        >
          <Icon name="merge" size="small" />
          <span className="kern-label">{t('thread.merge')}</span>
        </button>
      </div>
      <ApiErrorAlert error={lockState.error ?? pinState.error} />
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ThreadStatusDialog
        action={statusAction}
        threadId={thread.id}
        onClose={() => setStatusAction(null)}
        onDone={(message) => {
          setStatusAction(null);
          setStatus(message);
        }}
      />
      <MoveThreadDialog
        open={dialog === 'move'}
        threadId={thread.id}
        currentBoardId={thread.topic.board.id}
        currentTopicId={thread.topic.id}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null);
          setStatus(message);
        }}
      />
      <MergeThreadDialog
        open={dialog === 'merge'}
        threadId={thread.id}
        topicId={thread.topic.id}
        onClose={() => setDialog(null)}
        onDone={(targetId) => {
          setDialog(null);
          void navigate(`/fragen/${encodeURIComponent(targetId)}`, { state: { mergedFrom: thread.id } });
        }}
      />
    </section>
  );
}
