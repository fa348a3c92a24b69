import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace, type Namespace } from '@/i18n/i18n';

/**
 * A feature's translations (a namespace in a chunk of its own, so the initial bundle carries none of these
 * texts): loads it for the current language, and German too as the fallback, and returns react-i18next's
 * `t` for it with `ready` once both are there.
 */
export function useNamespace(ns: Namespace) {
  const translation = useTranslation(ns);
  const { i18n } = translation;
  const lng = i18n.language;
  const loadedNow = i18n.hasResourceBundle(lng, ns) && i18n.hasResourceBundle('de', ns);
  const [loaded, setLoaded] = useState<string | null>(loadedNow ? lng : null);
  useEffect(() => {
    let active = true;
    // German is the fallback language: load it too, so that a missing English text never shows as a key.
    void Promise.all([loadNamespace('de', ns), lng === 'de' ? null : loadNamespace(lng, ns)]).then(() => {
      if (active) setLoaded(lng);
    });
    return () => {
      active = false;
    };
  }, [lng, ns]);
  return { ...translation, ready: loaded === lng };
}
