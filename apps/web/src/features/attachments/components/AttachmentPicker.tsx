import { LIMITS } from '@forum/shared';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { Icon } from '@/shared/components/Icon';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextField } from '@/shared/components/TextField';
import { formatSize } from '../lib/format-size';
import {
  ACCEPTED_FILES,
  ACCEPTED_IMAGES,
  isImage,
  uploadFile,
  UploadError,
  type UploadedFile,
} from '../lib/upload-file';
import './attachments.css';

export interface AttachmentPickerHandle {
  /** Files pasted or dropped into the editor: images ask for their alternative text, others attach. */
  addFiles: (files: File[]) => void;
}

interface AttachmentPickerProps {
  id: string;
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** Puts `![alt](url)` into the text where the image is to appear. */
  onInsertImage: (markdown: string) => void;
  /** false: only the files already there, each removable (a moderator editing someone else's post). */
  allowAdding?: boolean;
  ref?: Ref<AttachmentPickerHandle>;
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * "Datei anhängen" and "Bild einfügen" for the editor: each file is uploaded and checked by the server
 * (type, virus scan) at once; an image then asks for its alternative text (BITV 2.0) before it goes into
 * the text. The files travel with the post as `attachmentIds`.
 */
export function AttachmentPicker({
  id,
  files,
  onChange,
  onInsertImage,
  allowAdding = true,
  ref,
}: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const imageInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pendingImage, setPendingImage] = useState<UploadedFile | null>(null);
  const [alt, setAlt] = useState('');
  const [altError, setAltError] = useState<string | undefined>();
  const current = useRef(files);
  current.current = files;

  async function add(list: File[], asImage: boolean) {
    setError(null);
    for (const file of list) {
      if (current.current.length >= LIMITS.attachmentsPerPost) {
        setError(t('attachments.tooMany', { max: LIMITS.attachmentsPerPost }));
        return;
      }
      setBusy(file.name);
      try {
        const uploaded = await uploadFile(file);
        const next = [...current.current, uploaded];
        current.current = next;
        onChange(next);
        if (asImage || IMAGE_TYPES.has(file.type)) {
          setAlt('');
          setAltError(undefined);
          setPendingImage(uploaded);
        }
      } catch (e) {
        const message = e instanceof UploadError && e.message ? e.message : t('attachments.failed');
        setError(t('attachments.refused', { name: file.name, message }));
      } finally {
        setBusy(null);
      }
    }
  }

  useImperativeHandle(ref, () => ({ addFiles: (list) => (allowAdding ? void add(list, false) : undefined) }));

  function remove(fileId: string) {
    const next = files.filter((f) => f.id !== fileId);
    current.current = next;
    onChange(next);
  }

  function insertImage() {
    if (!pendingImage) return;
    const text = alt.trim();
    if (!text) {
      setAltError(t('attachments.altRequired'));
      return;
    }
    onInsertImage(`![${text.replace(/[[\]]/g, '')}](${pendingImage.url})`);
    setPendingImage(null);
  }

  return (
    <div className="app-attach" aria-busy={busy ? true : undefined}>
      {allowAdding ? (
        <>
          <div className="app-attach__buttons">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => fileInput.current?.click()}
            >
              <Icon name="attach-file" />
              <span className="kern-label">{t('attachments.addFile')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => imageInput.current?.click()}
            >
              <Icon name="image" />
              <span className="kern-label">{t('attachments.addImage')}</span>
            </button>
            <input
              ref={fileInput}
              id={`${id}-file`}
              data-testid={`${id}-file`}
              type="file"
              multiple
              hidden
              accept={ACCEPTED_FILES}
              onChange={(e) => {
                const list = Array.from(e.target.files ?? []);
                e.target.value = '';
                void add(list, false);
              }}
            />
            <input
              ref={imageInput}
              id={`${id}-image`}
              data-testid={`${id}-image`}
              type="file"
              hidden
              accept={ACCEPTED_IMAGES}
              onChange={(e) => {
                const list = Array.from(e.target.files ?? []);
                e.target.value = '';
                void add(list, true);
              }}
            />
          </div>
          <p className="kern-hint">{t('attachments.hint', { max: LIMITS.attachmentsPerPost })}</p>
        </>
      ) : null}
      <p className="kern-sr-only" role="status">
        {busy ? t('attachments.uploading', { name: busy }) : ''}
      </p>
      {error ? <Alert variant="danger" title={error} live="alert" /> : null}
      {files.length ? (
        <ul className="app-attachments__list" aria-label={t('attachments.attached')}>
          {files.map((f) => (
            <li key={f.id} className="app-attachments__item">
              <Icon name={isImage(f.contentType) ? 'image' : 'attach-file'} />
              <span>{f.name}</span>
              <span className="kern-body kern-body--small kern-body--muted">
                {formatSize(f.size, i18n.language)}
              </span>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--small"
                onClick={() => remove(f.id)}
                aria-label={t('attachments.remove', { name: f.name })}
              >
                <Icon name="close" />
                <span className="kern-label">{t('attachments.removeShort')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {createPortal(
        // The dialog's form lives outside the post's form (no nested forms), and its submit never
        // reaches the post's form through React's tree.
        <div onSubmit={(e) => e.stopPropagation()}>
          <ModalDialog
            open={pendingImage !== null}
            id={`${id}-alt`}
            title={t('attachments.altTitle')}
            description={t('attachments.altDescription', { name: pendingImage?.name ?? '' })}
            onClose={() => {
              if (pendingImage) remove(pendingImage.id);
              setPendingImage(null);
            }}
            onSubmit={insertImage}
            submitLabel={t('attachments.altSubmit')}
            cancelLabel={t('common.cancel')}
          >
            <TextField
              id={`${id}-alt-text`}
              label={t('attachments.altLabel')}
              hint={t('attachments.altHint')}
              value={alt}
              required
              maxLength={300}
              error={altError}
              onChange={(e) => setAlt(e.target.value)}
              data-autofocus
            />
          </ModalDialog>
        </div>,
        document.body,
      )}
    </div>
  );
}
