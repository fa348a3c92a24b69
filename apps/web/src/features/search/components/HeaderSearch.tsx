import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import './header-search.css';
import { Icon } from '@/shared/components/Icon';

/** The search field in the header of every page (signed-in users); results open on /suche. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/suche' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  const [synced, setSynced] = useState(current);
  // Follow the URL (e.g. a new search on the results page) without an effect.
  if (current !== synced) {
    setSynced(current);
    setValue(current);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const q = value.trim();
    if (!q) return;
    void navigate(`/suche?${new URLSearchParams({ q }).toString()}`);
  }

  return (
    <form role="search" aria-label={t('nav.search')} className="app-header-search" onSubmit={onSubmit}>
      <label className="kern-sr-only" htmlFor="header-search-input">
        {t('nav.searchField')}
      </label>
      <input
        id="header-search-input"
        type="search"
        className="kern-form-input__input app-header-search__input"
        value={value}
        maxLength={500}
        placeholder={t('nav.search')}
        autoComplete="off"
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="kern-btn kern-btn--primary app-header-search__button">
        <Icon name="search" size="small" />
        <span className="kern-sr-only">{t('nav.searchSubmit')}</span>
      </button>
    </form>
  );
}
