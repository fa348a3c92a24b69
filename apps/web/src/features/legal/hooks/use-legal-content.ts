import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '@/i18n/i18n';

/** Loads the legal texts of the current language (a separate chunk) and reports when they are ready. */
export function useLegalNamespace(): { ready: boolean } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const [loaded, setLoaded] = useState<string | null>(i18n.hasResourceBundle(lng, 'legal') ? lng : null);
  useEffect(() => {
    let active = true;
    void loadNamespace(lng, 'legal').then(() => {
      if (active) setLoaded(lng);
    });
    return () => {
      active = false;
    };
  }, [lng]);
  return { ready: loaded === lng };
}
