import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../../i18n/i18n';

/**
 * Loads a feature's translation namespace (its own chunk, like 'legal') for the current language and
 * reports when it is ready, so the initial bundle carries none of these texts.
 */
export function useNamespace(ns: string): boolean {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const [loaded, setLoaded] = useState<string | null>(i18n.hasResourceBundle(lng, ns) ? lng : null);
  useEffect(() => {
    let active = true;
    // German is the fallback language: load it too, so a missing English text still reads well.
    void Promise.all([loadNamespace(lng, ns), lng === 'de' ? null : loadNamespace('de', ns)]).then(() => {
      if (active) setLoaded(lng);
    });
    return () => {
      active = false;
    };
  }, [lng, ns]);
  return loaded === lng;
}
