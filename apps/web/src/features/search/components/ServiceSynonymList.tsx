import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { parseApiError } from '@/shared/lib/graphql-errors';
import {
  AddServiceSynonymMutationDocument,
  RemoveServiceSynonymMutationDocument,
  ServiceSynonymsQueryDocument,
  UpdateServiceSynonymMutationDocument,
} from '../graphql/synonyms.graphql';
import { cleanTerm, TERM_MAX, TERM_MIN, termProblem } from '../lib/synonym-term';

const focus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** The words of one service: listed, corrected in place, removed, and a new one added. */
export function ServiceSynonymList({ topicId }: { topicId: string }) {
  const { t } = useNamespace('search');
  const { data, loading, error } = useQuery(ServiceSynonymsQueryDocument, {
    variables: { topicId },
    fetchPolicy: 'cache-and-network',
  });
  const options = { refetchQueries: ['ServiceSynonyms'], awaitRefetchQueries: true };
  const [add, addState] = useMutation(AddServiceSynonymMutationDocument, options);
  const [update, updateState] = useMutation(UpdateServiceSynonymMutationDocument, options);
  const [remove, removeState] = useMutation(RemoveServiceSynonymMutationDocument, options);
  const [term, setTerm] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ id: string; value: string; error?: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  /** A message for the field, or undefined when the error is not about the term (shown above instead). */
  function fieldError(e: unknown): string | undefined {
    const parsed = parseApiError(e);
    if (parsed?.code === 'CONFLICT') return t('synonyms.duplicate');
    if (parsed?.code === 'BAD_USER_INPUT' && parsed.fields.term)
      return t('synonyms.invalid', { min: TERM_MIN, max: TERM_MAX });
    setFailure(e);
    return undefined;
  }
  const problem = (value: string) => {
    const p = termProblem(value);
    return p === 'length'
      ? t('synonyms.invalid', { min: TERM_MIN, max: TERM_MAX })
      : p
        ? t('synonyms.letters')
        : undefined;
  };

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    const invalid = problem(term);
    setAddError(invalid);
    if (invalid) return focus('synonym-new');
    try {
      const result = await add({ variables: { topicId, term: cleanTerm(term) } });
      setTerm('');
      setStatus(t('synonyms.added', { term: result.data?.addServiceSynonym.term }));
    } catch (e) {
      setAddError(fieldError(e));
    }
    focus('synonym-new');
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    setStatus(null);
    setFailure(null);
    const invalid = problem(editing.value);
    if (invalid) {
      setEditing({ ...editing, error: invalid });
      return focus('synonym-edit');
    }
    try {
      const result = await update({ variables: { id: editing.id, term: cleanTerm(editing.value) } });
      setEditing(null);
      setStatus(t('synonyms.updated', { term: result.data?.updateServiceSynonym.term }));
      focus(`synonym-edit-${editing.id}`);
    } catch (e) {
      setEditing({ ...editing, error: fieldError(e) });
      focus('synonym-edit');
    }
  }

  async function onRemove(id: string, value: string) {
    setStatus(null);
    setFailure(null);
    try {
      await remove({ variables: { id } });
      setStatus(t('synonyms.removed', { term: value }));
      focus('synonym-list-heading');
    } catch (e) {
      setFailure(e);
    }
  }

  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const topic = data?.topic;
  if (!topic) return null;
  const busy = addState.loading || updateState.loading || removeState.loading;
  return (
    <section aria-labelledby="synonym-list-heading" className="app-stack">
      <h2 className="kern-heading-medium" id="synonym-list-heading" tabIndex={-1}>
        {t('synonyms.listTitle', { title: topic.title, count: topic.synonyms.length })}
      </h2>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={failure} />
      {topic.synonyms.length === 0 ? <p className="kern-body">{t('synonyms.none')}</p> : null}
      {topic.synonyms.length > 0 ? (
        <ul className="app-admin-list">
          {topic.synonyms.map((s) =>
            editing?.id === s.id ? (
              <li key={s.id}>
                <form
                  className="app-filter-bar app-admin-list__main"
                  noValidate
                  onSubmit={(e) => void onSave(e)}
                  aria-label={t('synonyms.editLabel', { term: s.term })}
                >
                  <TextField
                    id="synonym-edit"
                    label={t('synonyms.term')}
                    required
                    autoComplete="off"
                    maxLength={TERM_MAX + 20}
                    value={editing.value}
                    error={editing.error}
                    onChange={(e) => setEditing({ ...editing, value: e.target.value, error: undefined })}
                  />
                  <div className="app-admin-actions">
                    <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
                      <span className="kern-label">{t('synonyms.save')}</span>
                    </button>
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      onClick={() => {
                        setEditing(null);
                        focus(`synonym-edit-${s.id}`);
                      }}
                    >
                      <span className="kern-label">{t('synonyms.cancel')}</span>
                    </button>
                  </div>
                </form>
              </li>
            ) : (
              <li key={s.id}>
                <span className="app-admin-list__main">
                  <strong>{s.term}</strong>
                </span>
                <span className="app-admin-actions">
                  <button
                    type="button"
                    id={`synonym-edit-${s.id}`}
                    className="kern-btn kern-btn--secondary kern-btn--x-small"
                    aria-label={t('synonyms.editLabel', { term: s.term })}
                    disabled={busy}
                    onClick={() => {
                      setEditing({ id: s.id, value: s.term });
                      focus('synonym-edit');
                    }}
                  >
                    <span className="kern-label">{t('synonyms.edit')}</span>
                  </button>
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary kern-btn--x-small"
                    aria-label={t('synonyms.removeLabel', { term: s.term })}
                    disabled={busy}
                    onClick={() => void onRemove(s.id, s.term)}
                  >
                    <span className="kern-label">{t('synonyms.remove')}</span>
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <form
        className="app-filter-bar"
        noValidate
        onSubmit={(e) => void onAdd(e)}
        aria-label={t('synonyms.addLabel', { title: topic.title })}
      >
        <TextField
          id="synonym-new"
          label={t('synonyms.newTerm')}
          hint={t('synonyms.newTermHint')}
          required
          autoComplete="off"
          maxLength={TERM_MAX + 20}
          value={term}
          error={addError}
          onChange={(e) => {
            setTerm(e.target.value);
            setAddError(undefined);
          }}
        />
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{t('synonyms.add')}</span>
        </button>
      </form>
    </section>
  );
}
