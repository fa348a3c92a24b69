import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeQueryDocument } from '@/features/auth/graphql/viewer.graphql';
import { DeleteAccountDialog } from './DeleteAccountDialog';
import { Icon } from '@/shared/components/Icon';

export const ACCOUNT_DELETED_STATE = 'accountDeleted';

/** "Meine Daten": the export downloads (cookie-authenticated GETs) and "Konto löschen". */
export function MyDataSection() {
  const { t } = useTranslation('account');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);

  async function onDeleted() {
    setConfirming(false);
    // The server ended the session with the account: drop everything user-specific, as on logout.
    await client.clearStore();
    client.cache.writeQuery({ query: MeQueryDocument, data: { me: null } });
    await client.refetchQueries({ include: [MeQueryDocument] }).catch(() => undefined);
    await navigate('/', { replace: true, state: { [ACCOUNT_DELETED_STATE]: true } });
  }

  return (
    <>
      <section aria-labelledby="my-data-title" className="app-stack">
        <h2 id="my-data-title" className="kern-heading-medium">
          {t('data.title')}
        </h2>
        <p className="kern-body">{t('data.intro')}</p>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href="/me/export.json" download>
              {t('data.downloadJson')}
            </a>
          </li>
          <li>
            <a className="kern-link" href="/me/export.html" download>
              {t('data.downloadHtml')}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="delete-account-section" className="app-stack">
        <h2 id="delete-account-section" className="kern-heading-medium">
          {t('delete.title')}
        </h2>
        <p className="kern-body">{t('delete.intro')}</p>
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--primary app-btn--danger"
            onClick={() => setConfirming(true)}
          >
            <Icon name="delete" />
            <span className="kern-label">{t('delete.open')}</span>
          </button>
        </div>
      </section>
      <DeleteAccountDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onDeleted={() => void onDeleted()}
      />
    </>
  );
}
