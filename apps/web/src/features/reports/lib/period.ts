/** The report period as kept in the URL: `von` and `bis` as YYYY-MM-DD, both inclusive; none = gesamt. */
export interface Period {
  von: string | null;
  bis: string | null;
}

export type PresetId = 'last30' | 'quarter' | 'all';
export const PRESETS: PresetId[] = ['last30', 'quarter', 'all'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function validDay(value: string | null): string | null {
  if (!value || !DATE.test(value)) return null;
  return Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) ? null : value;
}

export function periodFromParams(params: URLSearchParams): Period {
  return { von: validDay(params.get('von')), bis: validDay(params.get('bis')) };
}

/** The period a preset stands for, relative to `today`. */
export function presetPeriod(preset: PresetId, today: Date = new Date()): Period {
  const bis = isoDay(today);
  switch (preset) {
    case 'last30': {
      const start = new Date(today);
      start.setDate(start.getDate() - 29);
      return { von: isoDay(start), bis };
    }
    case 'quarter': {
      const start = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1);
      return { von: isoDay(start), bis };
    }
    case 'all':
      return { von: null, bis: null };
  }
}

/** Which preset (if any) the period matches today. */
export function activePreset(period: Period, today: Date = new Date()): PresetId | null {
  return (
    PRESETS.find((p) => {
      const candidate = presetPeriod(p, today);
      return candidate.von === period.von && candidate.bis === period.bis;
    }) ?? null
  );
}

/** Writes the period into URL parameters (keeping any others). */
export function periodToParams(period: Period, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  if (period.von) next.set('von', period.von);
  else next.delete('von');
  if (period.bis) next.set('bis', period.bis);
  else next.delete('bis');
  return next;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The API's `to` is exclusive: the day after `bis`. */
export function periodToApi(period: Period): { from?: string; to?: string } {
  return {
    ...(period.von ? { from: `${period.von}T00:00:00.000Z` } : {}),
    ...(period.bis ? { to: `${nextDay(period.bis)}T00:00:00.000Z` } : {}),
  };
}

export function csvHref(period: Period): string {
  const params = new URLSearchParams();
  if (period.von) params.set('from', period.von);
  if (period.bis) params.set('to', nextDay(period.bis));
  const query = params.toString();
  return `/report.csv${query ? `?${query}` : ''}`;
}

export function isPeriodValid(period: Period): boolean {
  return !period.von || !period.bis || period.von <= period.bis;
}
