import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { AdoptionStatus } from '@/gql/graphql';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { SetAdoptionMutationDocument } from '../graphql/adoptions.graphql';

const STATUSES: AdoptionStatus[] = ['USES', 'IN_PROGRESS', 'PLANNED', 'NONE'];

interface AdoptionFormProps {
  topicId: string;
  organisationName: string;
  current: { status: AdoptionStatus; model: string | null; since: string | null } | null;
  onSaved: () => void;
}

/** The viewer's Kommune records its own state for this service: nutzt, in Umsetzung, geplant, or nothing. */
export function AdoptionForm({ topicId, organisationName, current, onSaved }: AdoptionFormProps) {
  const { t, ready } = useNamespace('adoptions');
  const [status, setStatus] = useState<AdoptionStatus>(current?.status ?? 'NONE');
  const [model, setModel] = useState(current?.model ?? '');
  const [since, setSince] = useState(current?.since?.slice(0, 10) ?? '');
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetAdoptionMutationDocument);
  if (!ready) return null;
  const fieldErrors = apiFieldErrors(error);

  return (
    <form
      className="app-stack-sm kern-card"
      aria-labelledby="adoption-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void save({
          variables: {
            topicId,
            status,
            model: status === 'NONE' ? null : model.trim() || null,
            since: status === 'NONE' || !since ? null : new Date(`${since}T00:00:00Z`).toISOString(),
          },
        })
          .then(() => {
            setSaved(true);
            onSaved();
          })
          .catch(() => undefined);
      }}
    >
      <div className="kern-card__container">
        <h3 id="adoption-form-title" className="kern-heading-small">
          {t('form.title', { name: organisationName })}
        </h3>
        <ApiErrorAlert error={error} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('form.status')}</legend>
          <div className="kern-fieldset__body">
            {STATUSES.map((s) => (
              <div className="kern-form-check" key={s}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`adoption-status-${s}`}
                  name="adoption-status"
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />
                <label className="kern-label" htmlFor={`adoption-status-${s}`}>
                  {t(`form.options.${s}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {status !== 'NONE' ? (
          <>
            <TextField
              id="adoption-model"
              label={t('form.model')}
              hint={t('form.modelHint')}
              value={model}
              maxLength={100}
              list="adoption-models"
              onChange={(e) => setModel(e.target.value)}
              error={fieldErrors.model}
            />
            <datalist id="adoption-models">
              <option value="FIT-Store" />
              <option value="Marktplatz für EfA-Leistungen" />
              <option value="Landesplattform" />
            </datalist>
            <TextField
              id="adoption-since"
              type="date"
              label={status === 'USES' ? t('form.since') : t('form.plannedFor')}
              value={since}
              onChange={(e) => setSince(e.target.value)}
              error={fieldErrors.since}
            />
          </>
        ) : null}
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={loading}
          aria-busy={loading || undefined}
        >
          <span className="kern-label">{t('form.save')}</span>
        </button>
        <p role="status" className="kern-body">
          {saved ? t('form.saved') : ''}
        </p>
      </div>
    </form>
  );
}
