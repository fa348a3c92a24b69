import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AdminNavLink } from '@/features/admin/components/AdminNavLink';
import { isModerator } from '@/features/auth/lib/viewer-context';
import { LandQueueNavLink } from '@/features/land-queue/components/LandQueueNavLink';
import { ModerationNavLink } from '@/features/moderation/components/ModerationNavLink';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/** The main navigation of signed-in users; which links appear depends on organisation and role. */
export function MainNav() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <nav aria-label={t('nav.main')} className="app-nav">
      <ul className="app-nav__list">
        <li>
          <NavLink to="/bereiche" className="app-nav__link">
            {t('nav.boards')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/neueste" className="app-nav__link">
            {t('reading.navLatest')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/unbeantwortet" className="app-nav__link">
            {t('reading.navUnanswered')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/meine-fragen" className="app-nav__link">
            {t('nav.myThreads')}
          </NavLink>
        </li>
        {viewer.organisation.kind === 'LAND' ? (
          <li>
            <LandQueueNavLink />
          </li>
        ) : null}
        <li>
          <NavLink to="/umsetzungsstand" className="app-nav__link">
            {t('nav.report')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/kommunen" className="app-nav__link">
            {t('nav.kommunen')}
          </NavLink>
        </li>
        <ModerationNavLink />
        {isModerator(viewer) ? (
          <li>
            <NavLink to="/moderation/freischaltungen" className="app-nav__link">
              {t('nav.approvals')}
            </NavLink>
          </li>
        ) : null}
        <AdminNavLink />
      </ul>
    </nav>
  );
}
