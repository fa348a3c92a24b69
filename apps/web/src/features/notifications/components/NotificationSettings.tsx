import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import type { DigestFrequency, NotificationType } from '@/gql/graphql';
import {
  NotificationSettingsQueryDocument,
  SetDigestFrequencyMutationDocument,
  SetNotificationPreferenceMutationDocument,
} from '../graphql/notification-preferences.graphql';

const FREQUENCIES: DigestFrequency[] = ['NEVER', 'DAILY', 'WEEKLY'];

/** Per-type channels (In-App / E-Mail) as a table of checkboxes, and the digest frequency as radios. */
export function NotificationSettings() {
  const { t, ready } = useNamespace('notifications');
  const [message, setMessage] = useState('');
  const { data, loading, error } = useQuery(NotificationSettingsQueryDocument);
  const [setPreference, preferenceState] = useMutation(SetNotificationPreferenceMutationDocument);
  const [setFrequency, frequencyState] = useMutation(SetDigestFrequencyMutationDocument);
  if (!ready || (loading && !data)) return <Loading />;
  if (!data) return <ApiErrorAlert error={error} />;

  function change(type: NotificationType, inApp: boolean, email: boolean) {
    setMessage('');
    void setPreference({
      variables: { type, inApp, email },
      update(cache, { data: result }) {
        const saved = result?.setNotificationPreference;
        if (!saved) return;
        cache.updateQuery({ query: NotificationSettingsQueryDocument }, (prev) =>
          prev
            ? {
                ...prev,
                notificationPreferences: prev.notificationPreferences.map((p) =>
                  p.type === saved.type ? saved : p,
                ),
              }
            : prev,
        );
      },
    })
      .then(() => setMessage(t('preferences.saved')))
      .catch(() => undefined);
  }

  function changeFrequency(frequency: DigestFrequency) {
    setMessage('');
    void setFrequency({
      variables: { frequency },
      update(cache, { data: result }) {
        if (!result) return;
        cache.updateQuery({ query: NotificationSettingsQueryDocument }, (prev) =>
          prev ? { ...prev, digestFrequency: result.setDigestFrequency } : prev,
        );
      },
    })
      .then(() => setMessage(t('digest.saved')))
      .catch(() => undefined);
  }

  return (
    <section aria-labelledby="notifications-title" className="app-stack">
      <h2 id="notifications-title" className="kern-heading-medium">
        {t('preferences.title')}
      </h2>
      <p className="kern-body">{t('preferences.intro')}</p>
      <ApiErrorAlert error={preferenceState.error ?? frequencyState.error} />
      <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={t('preferences.caption')}>
        <table className="kern-table">
          <caption className="kern-sr-only">{t('preferences.caption')}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('preferences.type')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('preferences.inApp')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('preferences.email')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.notificationPreferences.map((pref) => {
              const typeName = t(`types.${pref.type}`);
              return (
                <tr key={pref.type} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    {typeName}
                  </th>
                  {(['inApp', 'email'] as const).map((channel) => (
                    <td key={channel} className="kern-table__cell">
                      <div className="kern-form-check">
                        <input
                          className="kern-form-check__checkbox"
                          type="checkbox"
                          id={`pref-${pref.type}-${channel}`}
                          checked={pref[channel]}
                          aria-label={t('preferences.channel', {
                            type: typeName,
                            channel: t(`preferences.${channel}`),
                          })}
                          onChange={(e) =>
                            change(
                              pref.type,
                              channel === 'inApp' ? e.target.checked : pref.inApp,
                              channel === 'email' ? e.target.checked : pref.email,
                            )
                          }
                        />
                      </div>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('digest.legend')}</legend>
        <div className="kern-fieldset__body">
          {FREQUENCIES.map((frequency) => (
            <div className="kern-form-check" key={frequency}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name="digest-frequency"
                id={`digest-${frequency}`}
                value={frequency}
                checked={data.digestFrequency === frequency}
                onChange={() => changeFrequency(frequency)}
              />
              <label className="kern-label" htmlFor={`digest-${frequency}`}>
                {t(`digest.${frequency}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="kern-body kern-body--small" role="status">
        {message}
      </p>
    </section>
  );
}
