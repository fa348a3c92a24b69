import { NavLink, Outlet } from 'react-router';
import { Loading } from '@/shared/components/Loading';
import { isModerator } from '@/features/auth/lib/viewer-context';
import { useNamespace } from '@/shared/hooks/use-namespace';
import '../moderation.css';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import '@/shared/components/admin-ui.css';

/**
 * /moderation: sub-navigation above the selected page. Board moderators see only the Prüfliste (approvals,
 * tags and the audit log are global), with a note naming the boards it covers.
 */
export function ModerationLayout() {
  const { t, ready } = useNamespace('moderation');
  const { viewer } = useViewer();
  if (!ready) return <Loading />;
  const global = isModerator(viewer);
  const boards = viewer?.moderatedBoards ?? [];
  return (
    <div className="app-stack">
      <nav aria-label={t('subnav')} className="app-subnav">
        <ul className="app-subnav__list">
          <li>
            <NavLink to="/moderation/pruefliste" className="app-subnav__link">
              {t('tabs.flags')}
            </NavLink>
          </li>
          {global ? (
            <>
              <li>
                <NavLink to="/moderation/freischaltungen" className="app-subnav__link">
                  {t('tabs.approvals')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/moderation/schlagwoerter" className="app-subnav__link">
                  {t('tabs.tags')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/moderation/audit-log" className="app-subnav__link">
                  {t('tabs.audit')}
                </NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      {!global && boards.length > 0 ? (
        <p className="kern-body kern-body--small">
          {t('boardScope', { boards: boards.map((b) => b.title).join(', '), count: boards.length })}
        </p>
      ) : null}
      <Outlet />
    </div>
  );
}
