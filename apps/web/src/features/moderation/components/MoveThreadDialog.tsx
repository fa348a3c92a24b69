import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { FieldError } from '@/shared/components/FieldError';
import { MoveTargetsQueryDocument, MoveThreadMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

interface MoveThreadDialogProps {
  open: boolean;
  threadId: string;
  currentBoardId: string;
  currentTopicId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Moves a thread: first choose the board, then one of its topics. */
export function MoveThreadDialog(props: MoveThreadDialogProps) {
  const { open, threadId, currentBoardId, currentTopicId, onClose, onDone } = props;
  const { t } = useNamespace('moderation');
  const { data } = useQuery(MoveTargetsQueryDocument, { skip: !open });
  const [boardId, setBoardId] = useState(currentBoardId);
  const [topicId, setTopicId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ board?: string; topic?: string }>({});
  const [move, { loading, error, reset }] = useMutation(MoveThreadMutationDocument);
  const boards = (data?.boards ?? []).filter((b) => !b.archived || b.id === currentBoardId);
  const topics = boards.find((b) => b.id === boardId)?.topics.filter((tp) => !tp.archived) ?? [];
  const id = `move-${threadId}`;

  function close() {
    setBoardId(currentBoardId);
    setTopicId('');
    setReason('');
    setErrors({});
    reset();
    onClose();
  }

  async function submit() {
    const next: typeof errors = {};
    if (!boardId) next.board = t('move.boardRequired');
    else if (!topicId) next.topic = t('move.topicRequired');
    else if (topicId === currentTopicId) next.topic = t('move.sameTopic');
    setErrors(next);
    if (next.board || next.topic) {
      document.getElementById(next.board ? `${id}-board` : `${id}-topic`)?.focus();
      return;
    }
    try {
      const result = await move({ variables: { threadId, topicId, reason: reason.trim() || null } });
      const topic = result.data?.moveThread.topic.title ?? '';
      setTopicId('');
      setReason('');
      onDone(t('thread.moved', { topic }));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <ModalDialog
      open={open}
      id={id}
      title={t('move.title')}
      description={t('move.description')}
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={t('move.submit')}
      cancelLabel={t('common.cancel')}
      busy={loading}
    >
      <ApiErrorAlert error={error} />
      <div className={`kern-form-input${errors.board ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-board`}>
          {t('move.board')}
        </label>
        {errors.board ? <FieldError id={`${id}-board-error`} message={errors.board} /> : null}
        <div className="kern-form-input__select-wrapper">
          <select
            id={`${id}-board`}
            className="kern-form-input__select"
            value={boardId}
            required
            aria-invalid={errors.board ? true : undefined}
            aria-describedby={errors.board ? `${id}-board-error` : undefined}
            onChange={(e) => {
              setBoardId(e.target.value);
              setTopicId('');
            }}
          >
            <option value="">{t('move.choose')}</option>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.archived ? t('move.archived', { title: b.title }) : b.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={`kern-form-input${errors.topic ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-topic`}>
          {t('move.topic')}
        </label>
        {errors.topic ? <FieldError id={`${id}-topic-error`} message={errors.topic} /> : null}
        <div className="kern-form-input__select-wrapper">
          <select
            id={`${id}-topic`}
            className="kern-form-input__select"
            value={topicId}
            required
            disabled={!boardId}
            aria-invalid={errors.topic ? true : undefined}
            aria-describedby={errors.topic ? `${id}-topic-error` : undefined}
            onChange={(e) => setTopicId(e.target.value)}
          >
            <option value="">{t('move.choose')}</option>
            {topics.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextAreaField
        id={`${id}-reason`}
        label={t('common.reasonLabel')}
        optionalLabel={t('common.optional')}
        hint={t('common.reasonHint')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
    </ModalDialog>
  );
}
