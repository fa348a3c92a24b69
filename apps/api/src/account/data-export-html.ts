import type { DataExport } from './data-export.service';

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '<span class="leer">—</span>';
  if (value instanceof Date) return escape(value.toISOString());
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'object') return render(value);
  return escape(String(value));
}

function table(items: Record<string, unknown>[]): string {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = items
    .map((item) => `<tr>${columns.map((c) => `<td>${scalar(item[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function render(value: unknown): string {
  if (Array.isArray(value)) {
    if (!value.length) return '<p class="leer">Keine Einträge.</p>';
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)))
      return table(value as Record<string, unknown>[]);
    return `<ul>${value.map((v) => `<li>${scalar(v)}</li>`).join('')}</ul>`;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const rows = Object.entries(value)
      .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${scalar(v)}</dd>`)
      .join('\n');
    return `<dl>\n${rows}\n</dl>`;
  }
  return `<p>${scalar(value)}</p>`;
}

/** The export as a self-contained, readable German HTML page (no scripts, no external resources). */
export function exportToHtml(data: DataExport): string {
  const sections = data.sections
    .map((s) => `<section>\n<h2>${escape(s.label)}</h2>\n${render(s.data)}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Meine Daten – Forum Kommunalpakt</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; color: #1b1b1b; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
dt { font-weight: bold; } dd { margin: 0 0 .5rem 1rem; white-space: pre-wrap; }
.leer { color: #555; }
</style>
</head>
<body>
<h1>Meine Daten im Forum Kommunalpakt</h1>
<p>Stand: ${escape(data.exportedAt.toISOString())} · Konto-ID: ${escape(data.userId)}</p>
${sections}
</body>
</html>
`;
}
