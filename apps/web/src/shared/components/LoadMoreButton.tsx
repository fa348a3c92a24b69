import { useTranslation } from 'react-i18next';

export function LoadMoreButton({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="app-load-more">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={onClick}
        disabled={loading}
        aria-busy={loading}
      >
        <span className="kern-label">{loading ? t('common.loadingMore') : t('common.loadMore')}</span>
      </button>
    </div>
  );
}
