import { useState } from 'react';
import { Link } from 'react-router';
import type { ServiceProfileFieldsFragment } from '@/gql/graphql';
import { Icon } from '@/shared/components/Icon';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { formatDate } from '@/shared/lib/format-date';
import { ServiceProfileDialog } from './ServiceProfileDialog';
import { ServiceProfileHistory } from './ServiceProfileHistory';

interface ServiceProfileProps {
  topic: ServiceProfileFieldsFragment;
  /** The printable page shows no buttons. */
  printable?: boolean;
}

/**
 * The Steckbrief of an EfA service: lead Land and contact role, OZG-ID and LeiKa key, status,
 * Nachnutzungsmodelle with links, standards, last change and who made it; editing and history for those
 * who may edit (lead Land, moderators, administrators).
 */
export function ServiceProfile({ topic, printable }: ServiceProfileProps) {
  const { t, i18n, ready } = useNamespace('topics');
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  if (!ready) return null;
  const rows: Array<[string, string]> = [];
  if (topic.leadLand) rows.push([t('profile.leadLand'), topic.leadLand.name]);
  if (topic.contactRole) rows.push([t('profile.contactRole'), topic.contactRole]);
  if (topic.ozgId) rows.push([t('profile.ozgId'), topic.ozgId]);
  if (topic.leikaKey) rows.push([t('profile.leikaKey'), topic.leikaKey]);
  if (topic.serviceStatus) rows.push([t('profile.status'), topic.serviceStatus]);
  if (topic.standards.length) rows.push([t('profile.standards'), topic.standards.join(', ')]);
  const empty = rows.length === 0 && topic.reuseLinks.length === 0 && !topic.link;
  if (empty && !topic.viewerCanEditProfile) return null;

  return (
    <section className="kern-card app-service-info" aria-labelledby="service-profile-title">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h2 className="kern-title" id="service-profile-title">
            {t('profile.title')}
          </h2>
        </div>
        <div className="kern-card__body app-stack-sm">
          {rows.length > 0 ? (
            <dl className="kern-description-list">
              {rows.map(([key, value]) => (
                <div className="kern-description-list-item" key={key}>
                  <dt className="kern-description-list-item__key">{key}</dt>
                  <dd className="kern-description-list-item__value">{value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {topic.reuseLinks.length > 0 ? (
            <div>
              <h3 className="kern-heading-small">{t('profile.reuse')}</h3>
              <ul className="kern-list">
                {topic.reuseLinks.map((link) => (
                  <li key={`${link.model}-${link.url}`}>
                    <a className="kern-link" href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.label}
                      <span className="kern-sr-only"> {t('profile.externalLink')}</span>
                      <Icon name="open-in-new" size="small" />
                    </a>{' '}
                    <span className="kern-body kern-body--small">({t(`profile.models.${link.model}`)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {topic.link ? (
            <p>
              <a className="kern-link" href={topic.link} target="_blank" rel="noopener noreferrer">
                {t('profile.link')}
                <span className="kern-sr-only"> {t('profile.externalLink')}</span>
                <Icon name="open-in-new" size="small" />
              </a>
            </p>
          ) : null}
          {empty ? <p className="kern-body">{t('profile.empty')}</p> : null}
          {topic.profileUpdatedAt ? (
            <p className="kern-body kern-body--small">
              {t('profile.updated', {
                date: formatDate(topic.profileUpdatedAt, i18n.language),
                name: topic.profileUpdatedBy?.displayName ?? t('profile.unknown'),
              })}
            </p>
          ) : null}
          {printable ? null : (
            <div className="app-thread-toolbar">
              {topic.viewerCanEditProfile ? (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary kern-btn--small"
                  aria-haspopup="dialog"
                  onClick={() => setEditing(true)}
                >
                  <Icon name="edit" size="small" />
                  <span className="kern-label">{t('profile.edit')}</span>
                </button>
              ) : null}
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--small"
                aria-expanded={showHistory}
                aria-controls="service-profile-history"
                onClick={() => setShowHistory((v) => !v)}
              >
                <Icon name="history" size="small" />
                <span className="kern-label">
                  {t(showHistory ? 'profile.hideHistory' : 'profile.showHistory')}
                </span>
              </button>
              <Link className="kern-link" to={`/themen/${encodeURIComponent(topic.id)}/steckbrief`}>
                {t('profile.printable')}
              </Link>
            </div>
          )}
          <div id="service-profile-history">
            {showHistory ? <ServiceProfileHistory topicId={topic.id} /> : null}
          </div>
        </div>
      </div>
      {topic.viewerCanEditProfile && !printable ? (
        <ServiceProfileDialog topic={topic} open={editing} onClose={() => setEditing(false)} />
      ) : null}
    </section>
  );
}
