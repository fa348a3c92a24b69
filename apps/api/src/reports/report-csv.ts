import type { KommunalpaktReportModel } from './report.models';

// Spreadsheet programs in German locales expect ";" as separator, a decimal comma, and a UTF-8 BOM to
// detect the encoding (otherwise "Baden-Württemberg" arrives garbled).
const BOM = '\uFEFF';
const SEPARATOR = ';';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  // Formula injection: a leading =, +, - or @ would be evaluated by spreadsheet programs.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = [
  'Ebene',
  'Name',
  'Federführendes Land',
  'Fragen',
  'Beantwortet',
  'Anteil beantwortet (%)',
  'Median Stunden bis zur ersten Antwort eines Landes',
  'Teilnehmende Kommunen',
  'Federführend für Leistungen',
  'Antworten des Landes',
  'Letzte Aktivität (UTC)',
  'Kommunen: nutzt',
  'Kommunen: in Umsetzung',
  'Kommunen: geplant',
  'Kommunen neu im Zeitraum: nutzt',
  'Kommunen neu im Zeitraum: in Umsetzung',
  'Kommunen neu im Zeitraum: geplant',
  // Columns are only ever added at the end: other systems read this file by position.
  'EfA-Dienste mit Fragen zum Schlagwort',
];

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

export function reportToCsv(report: KommunalpaktReportModel): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const s of report.services) {
    rows.push([
      'Leistung',
      s.topicTitle,
      s.leadLandName,
      s.questions,
      s.answered,
      percent(s.answeredShare),
      s.medianHoursToFirstLandAnswer,
      s.municipalities,
      null,
      null,
      s.lastActivityAt ? s.lastActivityAt.toISOString() : null,
      s.adoption.uses,
      s.adoption.inProgress,
      s.adoption.planned,
      s.adoptionNew.uses,
      s.adoptionNew.inProgress,
      s.adoptionNew.planned,
      null,
    ]);
  }
  for (const l of report.laender) {
    rows.push([
      'Land',
      l.landName,
      null,
      l.questions,
      l.answered,
      percent(l.answeredShare),
      l.medianHoursToFirstLandAnswer,
      null,
      l.ledServices,
      l.answersGiven,
      null,
      l.adoption.uses,
      l.adoption.inProgress,
      l.adoption.planned,
      l.adoptionNew.uses,
      l.adoptionNew.inProgress,
      l.adoptionNew.planned,
      null,
    ]);
  }
  // The extra breakdown across services: every tag, most asked first (the adoption columns stay empty).
  for (const g of report.tags) {
    rows.push([
      'Schlagwort',
      g.tagName,
      null,
      g.questions,
      g.answered,
      percent(g.answeredShare),
      ...Array<null>(11).fill(null),
      g.services,
    ]);
  }
  return BOM + rows.map((r) => r.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}
