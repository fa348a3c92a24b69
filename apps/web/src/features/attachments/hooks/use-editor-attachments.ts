import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { AttachmentPickerHandle } from '../components/AttachmentPicker';
import type { UploadedFile } from '../lib/upload-file';
import { appendImageMarkdown, removeImageMarkdown } from '../lib/image-markdown';

/**
 * The files of a post being written and the glue between its editor and its AttachmentPicker, shared by
 * the reply, the new question and the edit form: pasted or dropped files go through the picker (images ask
 * for their alternative text there), an inserted image lands at the end of the text, and a removed image
 * leaves the text too (no broken picture).
 */
export function useEditorAttachments(
  setBody: (update: (current: string) => string) => void,
  initial: readonly UploadedFile[] = [],
) {
  const picker = useRef<AttachmentPickerHandle>(null);
  const [files, setFiles] = useState<UploadedFile[]>(() => [...initial]);

  function onPaste(event: ClipboardEvent) {
    const pasted = Array.from(event.clipboardData.files);
    if (!pasted.length) return;
    event.preventDefault();
    picker.current?.addFiles(pasted);
  }

  function onDrop(event: DragEvent) {
    const dropped = Array.from(event.dataTransfer.files);
    if (!dropped.length) return;
    event.preventDefault();
    picker.current?.addFiles(dropped);
  }

  function onFilesChange(next: UploadedFile[]) {
    const kept = new Set(next.map((f) => f.id));
    const removed = files.filter((f) => !kept.has(f.id));
    if (removed.length)
      setBody((current) => removed.reduce((text, f) => removeImageMarkdown(text, f.url), current));
    setFiles(next);
  }

  return {
    files,
    setFiles,
    picker,
    editorProps: { onPaste, onDrop },
    pickerProps: {
      ref: picker,
      files,
      onChange: onFilesChange,
      onInsertImage: (markdown: string) => setBody((current) => appendImageMarkdown(current, markdown)),
    },
  };
}
