import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../../i18n/i18n';

/**
 * Loads a translation namespace of the current language (a separate chunk) and returns its `t` once ready.
 * German strings are the fallback while English is still loading.
 */
export function useNamespace(ns: 'moderation' | 'admin') {
  const translation = useTranslation(ns);
  const { i18n } = translation;
  const lng = i18n.language;
  const [loaded, setLoaded] = useState<string | null>(
    i18n.hasResourceBundle(lng, ns) && i18n.hasResourceBundle('de', ns) ? lng : null,
  );
  useEffect(() => {
    let active = true;
    // German is the fallback language: load it too, so that missing English keys never show as keys.
    void Promise.all([loadNamespace('de', ns), loadNamespace(lng, ns)]).then(() => {
      if (active) setLoaded(lng);
    });
    return () => {
      active = false;
    };
  }, [lng, ns]);
  return { ...translation, ready: loaded === lng };
}

export function useModerationT() {
  return useNamespace('moderation');
}
