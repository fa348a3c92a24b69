import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/shared/components/Icon';
import { LiveAnnouncement } from '@/shared/components/LiveAnnouncement';
import { Loading } from '@/shared/components/Loading';
import { useAnnouncer } from '@/shared/hooks/use-announcer';
import { UnreadNotificationCountQueryDocument } from '../graphql/notifications.graphql';
import { notificationText } from '../lib/notification-text';
import { useNotificationEvents } from '../hooks/use-notification-events';
import { useViewer } from '@/features/auth/hooks/use-viewer';

// The panel (list, texts, mark read) is loaded on first opening; the bell itself stays in the initial bundle.
const NotificationPanel = lazy(async () => ({
  default: (await import('./NotificationPanel')).NotificationPanel,
}));

const PANEL_ID = 'notification-panel';

/**
 * Header bell with the live unread count. The panel is a disclosure: Escape or the close button return focus
 * to the bell; clicking outside closes it. New notifications are announced politely without moving focus.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data } = useQuery(UnreadNotificationCountQueryDocument);
  const unread = data?.unreadNotificationCount ?? 0;
  const [open, setOpen] = useState(false);
  const [announcement, announce] = useAnnouncer();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useNotificationEvents((payload) =>
    announce(t('notifications.live', { text: notificationText(t, payload, viewer?.id) })),
  );

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const label =
    unread > 0 ? t('notifications.bellLabel', { count: unread }) : t('notifications.bellLabelNone');
  return (
    <div className="app-bell" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="kern-btn kern-btn--tertiary app-bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="notifications" />
        {unread > 0 ? (
          <span className="app-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <Suspense
          fallback={
            <div className="app-bell__panel">
              <Loading />
            </div>
          }
        >
          <NotificationPanel
            id={PANEL_ID}
            unread={unread}
            onClose={close}
            onNavigate={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
      <LiveAnnouncement announcement={announcement} />
    </div>
  );
}
