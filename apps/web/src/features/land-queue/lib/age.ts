export type Age = { unit: 'minutes' } | { unit: 'hours' | 'days'; count: number };

/** How long a question has been waiting: "seit 3 Tagen", "seit 5 Stunden", "seit wenigen Minuten". */
export function questionAge(createdAt: string, now: Date = new Date()): Age {
  const hours = Math.max(0, (now.getTime() - Date.parse(createdAt)) / 3_600_000);
  if (hours < 1) return { unit: 'minutes' };
  if (hours < 24) return { unit: 'hours', count: Math.floor(hours) };
  return { unit: 'days', count: Math.floor(hours / 24) };
}
