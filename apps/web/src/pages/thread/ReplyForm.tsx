import { useMutation } from '@apollo/client/react';
import { useImperativeHandle, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { newClientId } from '@/shared/lib/client-id';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { DraftStatus } from '@/features/drafts/components/DraftStatus';
import { appendQuote } from '@/features/posts/lib/quote';
import { useDraft } from '@/features/drafts/hooks/use-draft';
import { CreatePostMutationDocument } from '@/features/posts/graphql/post.graphql';
import { validatePostBody } from '@/features/posts/lib/validate-body';
import { MarkdownEditor } from '@/features/posts/components/MarkdownEditor';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { AttachmentPicker } from '@/features/attachments/components/AttachmentPicker';
import { useEditorAttachments } from '@/features/attachments/hooks/use-editor-attachments';

export interface ReplyFormHandle {
  /** Appends "> text" to the reply and moves the focus into the editor. */
  insertQuote: (text: string) => void;
}

const EDITOR_ID = 'reply-body';

export function ReplyForm({
  threadId,
  leadLandId,
  onCreated,
  ref,
}: {
  threadId: string;
  /** The lead Land of the question's EfA service, if any: its representatives answer as "federführend". */
  leadLandId?: string | null;
  onCreated: (postId: string) => void;
  ref?: Ref<ReplyFormHandle>;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // A Land representative's reply is the Land's official answer unless they choose an ordinary note.
  const land = viewer?.organisation.kind === 'LAND' ? viewer.organisation : null;
  const isLeadLand = Boolean(land && leadLandId && land.id === leadLandId);
  const [official, setOfficial] = useState(true);
  const [body, setBody] = useState('');
  const attach = useEditorAttachments(setBody);
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  // One id per reply being written: a repeated submit of the same reply is idempotent on the server.
  const [clientId, setClientId] = useState(newClientId);
  const [createPost, { loading, error: mutationError }] = useMutation(CreatePostMutationDocument);
  const draft = useDraft(`thread:${threadId}`, { body }, (restored) => setBody(restored.body));

  useImperativeHandle(ref, () => ({
    insertQuote(text: string) {
      setBody((current) => appendQuote(current, text));
      const editor = document.getElementById(EDITOR_ID);
      if (editor instanceof HTMLTextAreaElement) {
        editor.focus();
        // The cursor goes after the quote once React has rendered it.
        window.requestAnimationFrame(() =>
          editor.setSelectionRange(editor.value.length, editor.value.length),
        );
      }
    },
  }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const invalid = validatePostBody(body, t);
    setError(invalid);
    if (invalid) return;
    try {
      const attachmentIds = attach.files.map((f) => f.id);
      const input = land
        ? { threadId, body, clientId, official, attachmentIds }
        : { threadId, body, clientId, attachmentIds };
      const result = await createPost({ variables: { input } });
      setBody('');
      attach.setFiles([]);
      setOfficial(true);
      draft.forget({ body: '' });
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
      {land ? (
        <div className="app-official-choice">
          <Alert variant="info" title={t('posts.officialNoticeTitle')}>
            <p className="kern-body" id="reply-official-notice">
              {official
                ? t(isLeadLand ? 'posts.officialNoticeLead' : 'posts.officialNotice', { land: land.name })
                : t('posts.noteNotice', { land: land.name })}
            </p>
          </Alert>
          <div className="kern-form-check">
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id="reply-official"
              checked={official}
              aria-describedby="reply-official-hint"
              onChange={(e) => setOfficial(e.target.checked)}
            />
            <label className="kern-label" htmlFor="reply-official">
              {t('posts.officialCheckbox', { land: land.name })}
            </label>
          </div>
          <p className="kern-hint" id="reply-official-hint">
            {t('posts.officialCheckboxHint')}
          </p>
        </div>
      ) : null}
      <div {...attach.editorProps}>
        <MarkdownEditor
          id={EDITOR_ID}
          label={t('posts.replyLabel')}
          value={body}
          onChange={setBody}
          error={error}
        />
      </div>
      <AttachmentPicker id="reply-attachments" {...attach.pickerProps} />
      <DraftStatus
        status={draft.status}
        hasDraft={draft.hasDraft}
        onDiscard={() => {
          setBody('');
          void draft.discard({ body: '' });
        }}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">
            {loading
              ? t('posts.replySubmitting')
              : land && official
                ? t('posts.replySubmitOfficial')
                : t('posts.replySubmit')}
          </span>
        </button>
      </div>
    </form>
  );
}
