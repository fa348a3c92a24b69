import type { TFunction } from 'i18next';

/** What the texts need of a notification: the GraphQL type, or the socket payload (which lacks the thread's author). */
export interface NotificationLike {
  id: string;
  type: string;
  detail: string | null;
  thread: { id: string; title: string; author?: { id: string } | null } | null;
  post: { id: string } | null;
  actor: { id: string; displayName: string } | null;
}

const TYPES = [
  'REPLY',
  'NEW_THREAD',
  'MENTION',
  'OFFICIAL_ANSWER',
  'ANSWER_ACCEPTED',
  'FLAG',
  'MODERATION',
  'ACCOUNT',
] as const;

/** One German sentence per type, e.g. "Thomas Wagner hat Ihre Frage „…“ offiziell beantwortet". */
export function notificationText(t: TFunction, n: NotificationLike, viewerId?: string | null): string {
  const type = (TYPES as readonly string[]).includes(n.type) ? n.type : 'OTHER';
  const actor = n.actor?.displayName ?? t('notifications.someone');
  const own = Boolean(viewerId && n.thread?.author?.id === viewerId);
  if (type === 'MODERATION' || type === 'ACCOUNT' || type === 'OTHER') {
    const detail = n.detail ?? t(`notifications.text.${type}_default`);
    return n.thread ? t('notifications.text.withThread', { detail, thread: n.thread.title }) : detail;
  }
  const variant = own && (type === 'REPLY' || type === 'OFFICIAL_ANSWER') ? '_own' : '';
  return t(`notifications.text.${type}${variant}`, {
    actor,
    thread: n.thread?.title ?? t('notifications.unknownThread'),
  });
}

/** Where a notification leads: the thread (at the post), the profile for account news, else nowhere. */
export function notificationHref(n: NotificationLike): string | null {
  if (n.thread) return `/fragen/${encodeURIComponent(n.thread.id)}${n.post ? `#post-${n.post.id}` : ''}`;
  if (n.type === 'ACCOUNT') return '/profil';
  return null;
}
