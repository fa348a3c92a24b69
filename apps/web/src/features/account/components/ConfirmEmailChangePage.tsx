import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { ConfirmEmailChangeMutationDocument } from '../graphql/email-change.graphql';

const LINK_STATES = ['USED', 'EXPIRED', 'INVALID'] as const;

/**
 * /e-mail-bestaetigen?token=…: the link from the mail to the new address. Confirmed by a button, so a
 * mail scanner that opens the link changes nothing; works without signing in.
 */
export function ConfirmEmailChangePage() {
  const { t, ready } = useNamespace('account');
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [confirm, { loading }] = useMutation(ConfirmEmailChangeMutationDocument);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!ready) return <Loading />;

  async function onConfirm() {
    setProblem(null);
    try {
      const result = await confirm({ variables: { token } });
      setConfirmed(result.data?.confirmEmailChange ?? '');
      await client.refetchQueries({ include: 'active' });
    } catch (err) {
      const parsed = parseApiError(err);
      const state = LINK_STATES.find((s) => s === parsed?.fields.token);
      setProblem(
        state ? t(`email.state.${state}`) : parsed?.code === 'CONFLICT' ? parsed.message : t('email.failed'),
      );
    }
  }

  return (
    <div className="app-narrow app-stack">
      <PageHeading title={t('email.confirmTitle')} />
      {confirmed !== null ? (
        <Alert variant="success" title={t('email.confirmed', { email: confirmed })} live="status" />
      ) : !token ? (
        <Alert variant="danger" title={t('email.state.INVALID')} />
      ) : (
        <>
          {problem ? <Alert variant="danger" title={problem} live="alert" /> : null}
          <p className="kern-body">{t('email.confirmIntro')}</p>
          <div className="app-form__actions">
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={loading}
              onClick={() => void onConfirm()}
            >
              <span className="kern-label">{t('email.confirmButton')}</span>
            </button>
          </div>
        </>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/">
          {t('email.toForum')}
        </Link>
      </p>
    </div>
  );
}
