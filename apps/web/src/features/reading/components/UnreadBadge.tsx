import { useTranslation } from 'react-i18next';
import { Badge } from '@/shared/components/Badge';

/** "neu" for a thread never opened, otherwise "N ungelesen" while there is something unread. */
export function UnreadBadge({ isNew, unreadCount }: { isNew: boolean; unreadCount: number }) {
  const { t } = useTranslation();
  if (isNew) return <Badge variant="info">{t('reading.new')}</Badge>;
  if (unreadCount > 0) return <Badge variant="warning">{t('reading.unread', { count: unreadCount })}</Badge>;
  return null;
}
