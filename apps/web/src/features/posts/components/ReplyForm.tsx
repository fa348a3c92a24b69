import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/components/Alert';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { newClientId } from '../../../shared/lib/client-id';
import { parseApiError } from '../../../shared/lib/graphql-errors';
import { CreatePostMutationDocument } from '../graphql/post.graphql';
import { validatePostBody } from '../hooks/validate-body';
import { MarkdownEditor } from './MarkdownEditor';

export function ReplyForm({
  threadId,
  onCreated,
}: {
  threadId: string;
  onCreated: (postId: string) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  // One id per reply being written: a repeated submit of the same reply is idempotent on the server.
  const [clientId, setClientId] = useState(newClientId);
  const [createPost, { loading, error: mutationError }] = useMutation(CreatePostMutationDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const invalid = validatePostBody(body, t);
    setError(invalid);
    if (invalid) return;
    try {
      const result = await createPost({ variables: { input: { threadId, body, clientId } } });
      setBody('');
      setClientId(newClientId());
      setSent(true);
      if (result.data) onCreated(result.data.createPost.id);
    } catch (e) {
      const parsed = parseApiError(e);
      if (parsed?.fields.body) setError(parsed.fields.body);
    }
  }

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="reply-title">
      <h2 className="kern-heading-medium" id="reply-title">
        {t('posts.replyTitle')}
      </h2>
      {sent ? <Alert variant="success" title={t('posts.replySent')} live="status" /> : null}
      {mutationError && !error ? <ApiErrorAlert error={mutationError} /> : null}
      <MarkdownEditor
        id="reply-body"
        label={t('posts.replyLabel')}
        value={body}
        onChange={setBody}
        error={error}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{loading ? t('posts.replySubmitting') : t('posts.replySubmit')}</span>
        </button>
      </div>
    </form>
  );
}
