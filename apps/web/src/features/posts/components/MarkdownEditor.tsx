import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/shared/components/FieldError';
import { MentionListbox } from '@/features/mentions/components/MentionListbox';
import { useMentionAutocomplete } from '@/features/mentions/hooks/use-mention-autocomplete';
import { RenderMarkdownQueryDocument } from '../graphql/post.graphql';

type Tab = 'write' | 'preview';
const TABS: Tab[] = ['write', 'preview'];

interface MarkdownEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  autoFocus?: boolean;
}

/** Markdown textarea with a "Vorschau" tab rendered by the server (`renderMarkdown`), same HTML as a post. */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  error,
  rows = 8,
  autoFocus,
}: MarkdownEditorProps) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>('write');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ write: null, preview: null });
  const wantsPreview = tab === 'preview' && value.trim().length > 0;
  const preview = useQuery(RenderMarkdownQueryDocument, { variables: { body: value }, skip: !wantsPreview });
  const mentions = useMentionAutocomplete({ id, value, onChange });

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(' ');

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.indexOf(tab);
    let next: Tab | null = null;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    if (event.key === 'Home') next = TABS[0];
    if (event.key === 'End') next = TABS[TABS.length - 1];
    if (next) {
      event.preventDefault();
      setTab(next);
      tabRefs.current[next]?.focus();
    }
  }

  return (
    <div className={`kern-form-input app-md-editor${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="kern-hint" id={hintId}>
        {t('editor.hint', { max: LIMITS.postBodyMax.toLocaleString(i18n.language) })}
      </div>
      {error ? <FieldError id={errorId} message={error} /> : null}
      <div role="tablist" aria-label={t('editor.tabs')} className="app-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="app-tabs__tab"
            onClick={() => setTab(name)}
            onKeyDown={onTabKeyDown}
          >
            {t(`editor.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-write`}
        aria-labelledby={`${id}-tab-write`}
        hidden={tab !== 'write'}
        className="app-tabs__panel"
      >
        <textarea
          {...mentions.inputProps}
          id={id}
          className={`kern-form-input__input app-md-editor__textarea${error ? ' kern-form-input__input--error' : ''}`}
          rows={rows}
          value={value}
          maxLength={LIMITS.postBodyMax}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
        <MentionListbox
          id={mentions.listboxId}
          open={mentions.open}
          options={mentions.options}
          activeIndex={mentions.activeIndex}
          optionId={mentions.optionId}
          onChoose={mentions.choose}
        />
        <p className="kern-body kern-body--small kern-body--muted app-md-editor__count">
          {t('editor.count', {
            current: value.length.toLocaleString(i18n.language),
            max: LIMITS.postBodyMax.toLocaleString(i18n.language),
          })}
        </p>
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-preview`}
        aria-labelledby={`${id}-tab-preview`}
        hidden={tab !== 'preview'}
        tabIndex={0}
        className="app-tabs__panel app-md-preview"
        aria-busy={preview.loading}
      >
        {tab === 'preview' ? (
          <PreviewContent
            empty={!wantsPreview}
            loading={preview.loading}
            failed={Boolean(preview.error)}
            html={preview.data?.renderMarkdown}
          />
        ) : null}
      </div>
    </div>
  );
}

function PreviewContent({
  empty,
  loading,
  failed,
  html,
}: {
  empty: boolean;
  loading: boolean;
  failed: boolean;
  html?: string;
}) {
  const { t } = useTranslation();
  if (empty) return <p className="kern-body kern-body--muted">{t('editor.previewEmpty')}</p>;
  if (loading && html === undefined) return <p className="kern-body">{t('editor.previewLoading')}</p>;
  if (failed) return <p className="kern-body">{t('editor.previewError')}</p>;
  // Sanitised by the server exactly like a stored post.
  return <div className="app-post-body" dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}
