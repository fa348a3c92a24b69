import { useTranslation } from 'react-i18next';
import { Icon } from '@/shared/components/Icon';
import { formatSize } from '../lib/format-size';

export interface AttachmentView {
  id: string;
  name: string;
  size: number;
  contentType: string;
  url: string;
}

/** A post's files as download links (images shown in the text are not listed again). */
export function AttachmentList({
  attachments,
  bodyHtml,
}: {
  attachments?: AttachmentView[];
  bodyHtml?: string;
}) {
  const { t, i18n } = useTranslation();
  const listed = (attachments ?? []).filter((a) => !bodyHtml?.includes(`src="${a.url}"`));
  if (!listed.length) return null;
  return (
    <section className="app-attachments" aria-label={t('attachments.listLabel')}>
      <ul className="app-attachments__list">
        {listed.map((a) => (
          <li key={a.id} className="app-attachments__item">
            <Icon name="attach-file" />
            <a className="kern-link" href={`${a.url}?download`} download={a.name}>
              {a.name}
            </a>
            <span className="kern-body kern-body--small kern-body--muted">
              {t('attachments.meta', { size: formatSize(a.size, i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
