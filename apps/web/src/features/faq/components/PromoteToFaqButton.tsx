import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Icon } from '@/shared/components/Icon';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { PromoteToFaqMutationDocument, TopicFaqQueryDocument } from '../graphql/faq.graphql';

interface PromoteToFaqButtonProps {
  topicId: string;
  postId: string;
  /** The thread's title: the question to shorten. */
  question: string;
  /** The answer's markdown: to edit. */
  answer: string;
}

/** "In die FAQ übernehmen" on an accepted or official answer, for the lead Land and moderators. */
export function PromoteToFaqButton({ topicId, postId, question, answer }: PromoteToFaqButtonProps) {
  const { t, ready } = useNamespace('faq');
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState(question);
  const [a, setA] = useState(answer);
  const [done, setDone] = useState(false);
  const [promote, { loading, error, reset }] = useMutation(PromoteToFaqMutationDocument, {
    refetchQueries: [{ query: TopicFaqQueryDocument, variables: { topicId } }],
  });
  if (!ready) return null;
  const fieldErrors = apiFieldErrors(error);
  return (
    <>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-post__action--compact"
        aria-haspopup="dialog"
        onClick={() => {
          setDone(false);
          setOpen(true);
        }}
      >
        <Icon name="help" size="small" />
        <span className="kern-label">{t('promote.button')}</span>
      </button>
      <span role="status" className="app-post__status">
        {done ? (
          <>
            <Icon name="check-circle" size="small" />
            {t('promote.done')}
          </>
        ) : null}
      </span>
      <ModalDialog
        open={open}
        id={`promote-${postId}`}
        title={t('promote.title')}
        description={t('promote.hint')}
        onClose={() => {
          reset();
          setOpen(false);
        }}
        onSubmit={() =>
          void promote({ variables: { postId, question: q.trim(), answer: a.trim() } })
            .then(() => {
              setOpen(false);
              setDone(true);
            })
            .catch(() => undefined)
        }
        submitLabel={t('promote.submit')}
        cancelLabel={t('promote.cancel')}
        busy={loading}
      >
        <ApiErrorAlert error={error} />
        <TextField
          id={`promote-question-${postId}`}
          label={t('promote.question')}
          required
          maxLength={300}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          error={fieldErrors.question}
        />
        <TextAreaField
          id={`promote-answer-${postId}`}
          label={t('promote.answer')}
          required
          rows={8}
          value={a}
          onChange={(e) => setA(e.target.value)}
          error={fieldErrors.answer}
        />
      </ModalDialog>
    </>
  );
}
