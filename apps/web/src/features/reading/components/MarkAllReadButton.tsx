import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { MarkAllReadMutationDocument } from '../graphql/reading.graphql';
import { Icon } from '@/shared/components/Icon';

/** "Alle als gelesen markieren" for a topic or a whole board; `onDone` refreshes the counts shown. */
export function MarkAllReadButton({
  topicId,
  boardId,
  onDone,
}: {
  topicId?: string;
  boardId?: string;
  onDone: () => unknown;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [markAllRead, { loading, error }] = useMutation(MarkAllReadMutationDocument);
  return (
    <div className="app-mark-all-read">
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--small"
        disabled={loading}
        onClick={() => {
          setDone(false);
          void markAllRead({ variables: { topicId, boardId } })
            .then(async () => {
              await onDone();
              setDone(true);
            })
            .catch(() => undefined);
        }}
      >
        <Icon name="done-all" size="small" />
        <span className="kern-label">{t('reading.markAllRead')}</span>
      </button>
      <p className="kern-body kern-body--small" role="status">
        {done ? t('reading.markAllReadDone') : ''}
      </p>
      <ApiErrorAlert error={error} />
    </div>
  );
}
