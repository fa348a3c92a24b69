import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ErrorSummary, type SummaryError } from '@/shared/components/ErrorSummary';
import { TextField } from '@/shared/components/TextField';
import { newClientId } from '@/shared/lib/client-id';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { DraftStatus } from '@/features/drafts/components/DraftStatus';
import { useDraft } from '@/features/drafts/hooks/use-draft';
import { MarkdownEditor } from '@/features/posts/components/MarkdownEditor';
import { TagPicker } from '@/features/tags/components/TagPicker';
import { validatePostBody } from '@/features/posts/lib/validate-body';
import { CreateThreadMutationDocument } from '@/features/threads/graphql/thread.graphql';
import { SimilarThreads } from '@/features/search/components/SimilarThreads';
import { FaqSuggestions } from '@/features/faq/components/FaqSuggestions';
import { AttachmentPicker } from '@/features/attachments/components/AttachmentPicker';
import { useEditorAttachments } from '@/features/attachments/hooks/use-editor-attachments';

interface Errors {
  title?: string;
  body?: string;
}

/** `mention`: the display name of a person to ask (from "Fragen Sie eine Kommune, die es schon nutzt"). */
export function NewThreadForm({ topicId, mention }: { topicId: string; mention?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(mention ? `@${mention} ` : '');
  const [tagIds, setTagIds] = useState<string[]>([]);
  const attach = useEditorAttachments(setBody);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Generated once per form: a double submit (or a retry after a timeout) creates a single thread.
  const [clientId] = useState(newClientId);
  const [createThread, { loading }] = useMutation(CreateThreadMutationDocument);
  const draft = useDraft(`topic:${topicId}`, { title, body }, (restored) => {
    setTitle(restored.title ?? '');
    setBody(restored.body);
  });

  function validate(): Errors {
    const e: Errors = {};
    const trimmed = title.trim();
    if (trimmed.length < LIMITS.threadTitleMin || trimmed.length > LIMITS.threadTitleMax) {
      e.title = t('validation.titleLength', { min: LIMITS.threadTitleMin, max: LIMITS.threadTitleMax });
    }
    const bodyError = validatePostBody(body, t);
    if (bodyError) e.body = bodyError;
    return e;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    setAttempt((a) => a + 1);
    const clientErrors = validate();
    setErrors(clientErrors);
    if (clientErrors.title || clientErrors.body) return;
    try {
      const result = await createThread({
        variables: {
          input: {
            topicId,
            title: title.trim(),
            body,
            clientId,
            tagIds,
            attachmentIds: attach.files.map((f) => f.id),
          },
        },
      });
      draft.forget({ title, body });
      if (result.data) await navigate(`/fragen/${encodeURIComponent(result.data.createThread.id)}`);
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed?.fields.title || parsed?.fields.body) {
        setErrors({ title: parsed.fields.title, body: parsed.fields.body });
        setAttempt((a) => a + 1);
      } else {
        setFormError(t(`errors.${parsed?.code ?? 'UNKNOWN'}`));
      }
    }
  }

  const summary: SummaryError[] = [];
  if (errors.title)
    summary.push({ fieldId: 'thread-title', message: `${t('threads.new.fieldTitle')}: ${errors.title}` });
  if (errors.body)
    summary.push({ fieldId: 'thread-body', message: `${t('threads.new.fieldBody')}: ${errors.body}` });

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id="thread-title"
        label={t('threads.new.fieldTitle')}
        hint={t('threads.new.fieldTitleHint', { min: LIMITS.threadTitleMin, max: LIMITS.threadTitleMax })}
        required
        maxLength={LIMITS.threadTitleMax}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <FaqSuggestions topicId={topicId} title={title} />
      <SimilarThreads topicId={topicId} title={title} />
      <div {...attach.editorProps}>
        <MarkdownEditor
          id="thread-body"
          label={t('threads.new.fieldBody')}
          value={body}
          onChange={setBody}
          error={errors.body}
          rows={12}
        />
      </div>
      <AttachmentPicker id="thread-attachments" {...attach.pickerProps} />
      <TagPicker value={tagIds} onChange={setTagIds} />
      <DraftStatus
        status={draft.status}
        hasDraft={draft.hasDraft}
        onDiscard={() => {
          setTitle('');
          setBody('');
          void draft.discard({ title: '', body: '' });
        }}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">
            {loading ? t('threads.new.submitting') : t('threads.new.submit')}
          </span>
        </button>
      </div>
    </form>
  );
}
