import type { Prng } from './prng';

// Building blocks for realistic German forum text about adopting EfA services.
const OPENERS = [
  'Wir stehen gerade vor der Anbindung',
  'In unserer Kommune testen wir seit einigen Wochen',
  'Unser Fachverfahrenshersteller hat uns mitgeteilt',
  'Nach dem Beitritt über den FIT-Store',
  'Im Pilotbetrieb ist uns aufgefallen',
  'Die Sachbearbeitung fragt, wie wir',
  'Bei der Einführung im Bürgerbüro',
  'Laut Rückmeldung unseres IT-Dienstleisters',
];
const SENTENCES = [
  'Die Anträge kommen über FIT-Connect an unseren Zustellpunkt.',
  'Der Eintrag im DVDV ist gepflegt, trotzdem schlägt das Routing fehl.',
  'Wir nutzen die Schnittstelle zum Fachverfahren im Testbetrieb.',
  'Die Bezahlfunktion über ePayBL ist noch nicht angebunden.',
  'Für das Vertrauensniveau substanziell wird die Online-Ausweisfunktion benötigt.',
  'Die Datenschutz-Folgenabschätzung liegt im Entwurf vor.',
  'Der Vertrag zur Auftragsverarbeitung wurde vom Land bereitgestellt.',
  'Wir möchten Medienbrüche bei der Weiterleitung an die Bauaufsicht vermeiden.',
  'Die XÖV-Nachricht wird vom Fachverfahren bisher nicht vollständig verarbeitet.',
  'Die Gebühren werden im Onlinedienst nach unserer Satzung berechnet.',
  'Das Landesportal verlinkt den Dienst bereits, die Leistungsbeschreibung fehlt noch.',
  'Im FIM-Portal sind die Stammtexte hinterlegt.',
  'Die Schulung der Sachbearbeitung ist für den nächsten Monat geplant.',
  'Die Nachweise werden als PDF-Anlage übermittelt.',
  'Unsere Testumgebung spiegelt die Produktion leider nicht vollständig.',
  'Die Antragsdaten sollen strukturiert in die E-Akte übernommen werden.',
  'Bei der Abnahme haben wir drei Fehlerbilder dokumentiert.',
  'Das Servicekonto meldet eine abgelaufene Sitzung.',
  'Die Kosten der Nachnutzung werden nach dem Königsteiner Schlüssel verteilt.',
  'Wir empfehlen, die Checkliste des federführenden Landes abzuarbeiten.',
  'Bei uns hat die Umstellung etwa sechs Wochen gedauert.',
  'Der Hersteller liefert das Update mit der nächsten Version aus.',
  'Die Zuständigkeitsfinder-Daten mussten wir im PVOG korrigieren.',
  'Eine Rückfrage beim Betreiber hat das Problem gelöst.',
];
const QUESTIONS = [
  'Wie binden wir {service} an unser Fachverfahren an?',
  '{service}: Welche Voraussetzungen gelten für den Zustellpunkt?',
  'Erfahrungen mit der Nachnutzung von {service}?',
  '{service} – Bezahlfunktion und Gebührenberechnung',
  'Wer hat {service} bereits produktiv im Einsatz?',
  'Fehler bei der Übermittlung im Dienst {service}',
  '{service}: Datenschutz-Folgenabschätzung und AV-Vertrag',
  'Schulungsunterlagen für {service} gesucht',
  'Medienbruch bei {service} vermeiden – wie geht das?',
  'Kosten der Nachnutzung von {service}',
];

export function questionTitle(rng: Prng, service: string, n: number): string {
  return `${rng.pick(QUESTIONS).replace('{service}', service)} (#${n})`;
}

/** Plain paragraphs (no markdown syntax), so their HTML is exactly <p>…</p> per paragraph. */
export function postBody(rng: Prng): string {
  const paragraphs = rng.int(1, 3);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [p === 0 ? `${rng.pick(OPENERS)}.` : ''];
    for (let i = rng.int(1, 5); i > 0; i--) sentences.push(rng.pick(SENTENCES));
    out.push(sentences.filter(Boolean).join(' '));
  }
  return out.join('\n\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The HTML renderMarkdown produces for such plain paragraphs (checked by a unit test). */
export function plainParagraphsHtml(body: string): string {
  return body
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

const FIRST = [
  'Anna',
  'Jonas',
  'Lea',
  'Paul',
  'Marie',
  'Lukas',
  'Sophie',
  'Felix',
  'Emma',
  'Leon',
  'Hannah',
  'Tim',
  'Laura',
  'Jan',
  'Julia',
  'Max',
  'Sarah',
  'David',
  'Katharina',
  'Tobias',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
];
const PLACE_A = ['Alt', 'Neu', 'Ober', 'Unter', 'Bad', 'Groß', 'Klein', 'Hohen', 'Nieder', 'Sankt'];
const PLACE_B = [
  'berg',
  'dorf',
  'hausen',
  'heim',
  'feld',
  'stadt',
  'bach',
  'au',
  'furt',
  'ingen',
  'burg',
  'tal',
];
const PLACE_C = [
  'Linden',
  'Eichen',
  'Buchen',
  'Rosen',
  'Wiesen',
  'Mühl',
  'Kirch',
  'Stein',
  'Brunn',
  'Weiden',
];
const KOMMUNE_KIND = ['Stadt', 'Gemeinde', 'Landkreis', 'Markt', 'Verbandsgemeinde'];

export function personName(rng: Prng, n: number): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)} ${n}`;
}

export function kommuneName(rng: Prng): string {
  return `${rng.pick(KOMMUNE_KIND)} ${rng.chance(0.4) ? `${rng.pick(PLACE_A)} ` : ''}${rng.pick(PLACE_C)}${rng.pick(PLACE_B)}`;
}
