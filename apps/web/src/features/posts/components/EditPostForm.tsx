import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { parseApiError } from '@/shared/lib/graphql-errors';
import type { PostFieldsFragment } from '@/gql/graphql';
import { AttachmentPicker } from '@/features/attachments/components/AttachmentPicker';
import { useEditorAttachments } from '@/features/attachments/hooks/use-editor-attachments';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { EditPostMutationDocument } from '../graphql/post.graphql';
import { validatePostBody } from '../lib/validate-body';
import { MarkdownEditor } from './MarkdownEditor';

export function EditPostForm({ post, onDone }: { post: PostFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [body, setBody] = useState(post.body);
  // The list replaces the post's files on save (editPost); the files stay the author's, so a moderator
  // editing someone else's post may remove them but not add any.
  const attach = useEditorAttachments(setBody, post.attachments);
  const isAuthor = viewer?.id === post.author.id;
  const [error, setError] = useState<string | undefined>();
  const [editPost, { loading, error: mutationError }] = useMutation(EditPostMutationDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = validatePostBody(body, t);
    setError(invalid);
    if (invalid) return;
    try {
      const attachmentIds = attach.files.map((f) => f.id);
      await editPost({ variables: { input: { postId: post.id, body, attachmentIds } } });
      onDone();
    } catch (e) {
      const parsed = parseApiError(e);
      if (parsed?.fields.body) setError(parsed.fields.body);
    }
  }

  return (
    <form
      className="app-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('posts.editLabel')}
    >
      {mutationError && !error ? <ApiErrorAlert error={mutationError} /> : null}
      <div {...attach.editorProps}>
        <MarkdownEditor
          id={`edit-${post.id}`}
          label={t('posts.editLabel')}
          value={body}
          onChange={setBody}
          error={error}
          autoFocus
        />
      </div>
      <AttachmentPicker id={`edit-${post.id}-attachments`} allowAdding={isAuthor} {...attach.pickerProps} />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('common.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
