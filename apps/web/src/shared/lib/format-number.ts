/** German-style figures for the report: "83,3 %", "12,5 Std.", "1.234". */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

function localeOf(lng: string): string {
  return lng === 'en' ? 'en-GB' : 'de-DE';
}

export function formatInteger(value: number, lng = 'de'): string {
  return formatter(localeOf(lng), { maximumFractionDigits: 0 }).format(value);
}

/** A share 0–1 as a percentage with one decimal; "–" when there is nothing to share. */
export function formatShare(share: number | null | undefined, lng = 'de'): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return formatter(localeOf(lng), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** Hours with one decimal and the unit ("12,5 Std." / "12.5 h"); "–" without a value. */
export function formatHours(hours: number | null | undefined, lng = 'de'): string {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return '–';
  const number = formatter(localeOf(lng), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    hours,
  );
  return lng === 'en' ? `${number} h` : `${number} Std.`;
}

/** Median of the given values (ignoring nulls); null for none. */
export function median(values: Array<number | null | undefined>): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
