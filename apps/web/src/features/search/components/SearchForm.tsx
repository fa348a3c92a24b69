import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldError } from '@/shared/components/FieldError';
import type { SearchFilterOptionsQuery } from '@/gql/graphql';
import { ORG_KINDS, searchHref, PROGRESS_FILTERS, type SearchState } from '../lib/search-params';
import { SelectField } from '@/shared/components/SelectField';
import { Icon } from '@/shared/components/Icon';

type Options = SearchFilterOptionsQuery | undefined;

/** The query and all filters; submitting writes them into the URL (the parent owns the state). */
export function SearchForm({
  initial,
  options,
  onSearch,
  onArrowDown,
}: {
  initial: SearchState;
  options: Options;
  onSearch: (state: SearchState) => void;
  onArrowDown: () => void;
}) {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation();
  const [state, setState] = useState(initial);
  const [dateError, setDateError] = useState(false);
  const boards = options?.boards ?? [];
  const board = boards.find((b) => b.slug === state.bereich);
  const laender = [...(options?.organisations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const set = <K extends keyof SearchState>(key: K, value: SearchState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (state.von && state.bis && state.von > state.bis) return setDateError(true);
    setDateError(false);
    onSearch(state);
  }

  function onQueryKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    }
  }

  return (
    <form className="app-stack-sm app-search-form" aria-label={t('formLabel')} onSubmit={onSubmit} noValidate>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="search-query">
          {t('query')}
        </label>
        <div className="kern-hint" id="search-query-hint">
          {t('queryHint')}
        </div>
        <div className="app-search-form__query">
          <input
            id="search-query"
            type="search"
            className="kern-form-input__input"
            value={state.q}
            maxLength={500}
            aria-describedby="search-query-hint"
            onChange={(e) => set('q', e.target.value)}
            onKeyDown={onQueryKeyDown}
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <Icon name="search" size="small" />
            <span className="kern-label">{t('submit')}</span>
          </button>
        </div>
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('filters')}</legend>
        <div className="kern-fieldset__body app-filter-grid">
          <SelectField
            id="search-board"
            label={t('board')}
            value={state.bereich}
            onChange={(e) => {
              const slug = e.target.value;
              const next = boards.find((b) => b.slug === slug);
              setState((s) => ({
                ...s,
                bereich: slug,
                thema: next && !next.topics.some((topic) => topic.id === s.thema) ? '' : s.thema,
              }));
            }}
          >
            <option value="">{t('any')}</option>
            {boards.map((b) => (
              <option key={b.id} value={b.slug}>
                {b.title}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="search-topic"
            label={t('topic')}
            value={state.thema}
            onChange={(e) => set('thema', e.target.value)}
          >
            <option value="">{t('any')}</option>
            {board
              ? board.topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.title}
                  </option>
                ))
              : boards
                  .filter((b) => b.topics.length > 0)
                  .map((b) => (
                    <optgroup key={b.id} label={b.title}>
                      {b.topics.map((topic) => (
                        <option key={topic.id} value={topic.id}>
                          {topic.title}
                        </option>
                      ))}
                    </optgroup>
                  ))}
          </SelectField>
          <SelectField
            id="search-land"
            label={t('leadLand')}
            value={state.land}
            onChange={(e) => set('land', e.target.value)}
          >
            <option value="">{t('any')}</option>
            {laender.map((land) => (
              <option key={land.id} value={land.code ?? ''}>
                {land.name}
              </option>
            ))}
          </SelectField>
          {options?.tags.length ? (
            <SelectField
              id="search-tag"
              label={t('tag')}
              value={state.schlagwort}
              onChange={(e) => set('schlagwort', e.target.value)}
            >
              <option value="">{t('any')}</option>
              {options.tags.map((tag) => (
                <option key={tag.id} value={tag.slug}>
                  {tag.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            id="search-kind"
            label={t('orgKind')}
            value={state.art}
            onChange={(e) => set('art', e.target.value as SearchState['art'])}
          >
            <option value="">{t('any')}</option>
            {ORG_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tc(`orgKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="search-state"
            label={t('state')}
            value={state.status}
            onChange={(e) => set('status', e.target.value as SearchState['status'])}
          >
            <option value="">{t('any')}</option>
            {PROGRESS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {tc(`threads.progress.${s}`)}
              </option>
            ))}
          </SelectField>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="search-from">
              {t('from')}
            </label>
            <input
              id="search-from"
              type="date"
              className={`kern-form-input__input${dateError ? ' kern-form-input__input--error' : ''}`}
              value={state.von}
              aria-invalid={dateError || undefined}
              aria-describedby={dateError ? 'search-date-error' : undefined}
              onChange={(e) => set('von', e.target.value)}
            />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="search-to">
              {t('to')}
            </label>
            <input
              id="search-to"
              type="date"
              className="kern-form-input__input"
              value={state.bis}
              onChange={(e) => set('bis', e.target.value)}
            />
          </div>
          <SelectField
            id="search-sort"
            label={t('sort')}
            value={state.sortierung}
            onChange={(e) => set('sortierung', e.target.value === 'neueste' ? 'neueste' : 'relevanz')}
          >
            <option value="relevanz">{t('sortRelevance')}</option>
            <option value="neueste">{t('sortNewest')}</option>
          </SelectField>
        </div>
        {dateError ? <FieldError id="search-date-error" message={t('invalidDates')} /> : null}
      </fieldset>
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('submit')}</span>
        </button>
        <Link className="kern-link" to={searchHref({ q: state.q })}>
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
