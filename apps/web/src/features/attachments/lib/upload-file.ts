/** A checked upload, ready to attach to a post (`attachmentIds`). */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
  url: string;
}

export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The file kinds the forum accepts (the server decides from the content; this only guides the picker). */
export const ACCEPTED_FILES =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.xml,.zip,.png,.jpg,.jpeg,.webp';
export const ACCEPTED_IMAGES = 'image/png,image/jpeg,image/webp';

export const isImage = (contentType: string) => /^image\/(png|jpeg|webp)$/.test(contentType);

export const fileUrl = (id: string, name: string) => `/files/${id}/${encodeURIComponent(name)}`;

/**
 * `POST /uploads` with the session cookie and the preflight header (the same CSRF rule as /graphql).
 * Resolves when the server has checked the file (type, virus scan); rejects with its message otherwise.
 */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/uploads', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new UploadError('NETWORK', '');
  }
  const body = (await res.json().catch(() => ({}))) as { id?: string; code?: string; message?: string };
  if (!res.ok || !body.id) throw new UploadError(body.code ?? 'INTERNAL_SERVER_ERROR', body.message ?? '');
  const contentType = file.type || 'application/octet-stream';
  return { id: body.id, name: file.name, size: file.size, contentType, url: fileUrl(body.id, file.name) };
}
