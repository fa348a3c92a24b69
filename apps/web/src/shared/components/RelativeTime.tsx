import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../lib/format-date';

/** "vor 3 Stunden" with the full date as machine-readable and hover text. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const full = formatDateTime(iso, i18n.language);
  return (
    <time dateTime={iso} title={full}>
      {formatRelative(iso, i18n.language)}
    </time>
  );
}
