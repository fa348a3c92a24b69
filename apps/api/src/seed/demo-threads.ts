/**
 * Demo discussions of the Forum Kommunalpakt (PRODUCT.md, "Demo data"). Seeded once on an empty database,
 * never in production. The content is fictional but written to read like real exchanges between Kommunen,
 * Länder, Bund, FITKO and the kommunale Spitzenverbände; specifics are phrased as experiences, not as facts.
 */

/** Who wrote a post. */
export type DemoAuthor =
  | 'demo:kommune' // kommune@demo.example — Sachbearbeiterin in the Landeshauptstadt Wiesbaden (AGS 06414000, Hessen)
  | 'demo:land' // land@demo.example — representative of Land Hessen (HE)
  | 'demo:moderator' // moderator@demo.example — FITKO community moderation
  | 'demo:admin' // admin@demo.example — FITKO
  | `kommune:${string}` // a staff member of the Kommune with that 8-digit AGS from kommunen.json
  | `land:${string}` // a representative of the Land with that two-letter code from laender.json
  | 'org:BUND'
  | 'org:FITKO'
  | 'org:DST'
  | 'org:DLT'
  | 'org:DStGB'; // Bund, FITKO, Deutscher Städtetag, Deutscher Landkreistag, Deutscher Städte- und Gemeindebund

export interface DemoReply {
  author: DemoAuthor;
  /** Markdown. */
  body: string;
  /** > 0, increasing within a thread. */
  hoursAfterQuestion: number;
}

export interface DemoThread {
  /** Exact `name` of an EfA service from efa-services.json, or `board:<slug>` for a general board from general-boards.json (its single general topic). */
  topic: string;
  /** 5–200 characters. */
  title: string;
  author: DemoAuthor;
  /** Markdown. */
  body: string;
  /** When the question was asked, 1–120 days before the seed. */
  daysAgo: number;
  replies: DemoReply[];
  /** Index into `replies` of the answer the asker accepted. */
  acceptedReply?: number;
  pinned?: boolean;
  locked?: boolean;
}

export const DEMO_THREADS: DemoThread[] = [
  // ───────────────────────────── Ankündigungen ─────────────────────────────
  {
    topic: 'board:ankuendigungen',
    title: 'Willkommen im Forum Kommunalpakt – so funktioniert der Austausch',
    author: 'org:FITKO',
    daysAgo: 118,
    pinned: true,
    body: `Liebe Kolleginnen und Kollegen aus Kommunen, Ländern, Bund und Spitzenverbänden,

dieses Forum ist der Ort für Ihre Fragen zur Nachnutzung von EfA-Leistungen. So finden Sie sich zurecht:

- **Bereiche** entsprechen den OZG-Themenfeldern, darunter liegt je EfA-Leistung ein **Thema** mit dem federführenden Land.
- Fragen zu einer konkreten Leistung stellen Sie bitte im Thema der Leistung – das federführende Land wird automatisch benachrichtigt.
- Antworten von Länderseite sind als **offizielle Antwort** gekennzeichnet. Hat eine Antwort Ihr Problem gelöst, markieren Sie sie bitte *als Lösung* – so finden die nächsten Kommunen sie schneller.
- Übergreifende Fragen zu FIT-Store, Marktplatz oder Landesplattformen gehören in den Bereich „Nachnutzungsmodelle der Länder“.

Hintergrundinformationen zum Kommunalpakt finden Sie bei der FITKO (https://www.fitko.de) und beim IT-Planungsrat (https://www.it-planungsrat.de). Wir freuen uns auf einen lebendigen Austausch!`,
    replies: [
      {
        author: 'org:DST',
        hoursAfterQuestion: 20,
        body: 'Vielen Dank für den Start! Wir werden die Mitgliedsstädte über unsere Fachausschüsse auf das Forum hinweisen. Gerade für kleinere Städte ohne eigene OZG-Stabsstelle ist der direkte Draht zum federführenden Land viel wert.',
      },
      {
        author: 'org:DLT',
        hoursAfterQuestion: 27,
        body: 'Auch von Seiten des Landkreistages herzlichen Dank. Wir regen an, dass die Landkreise ihre Erfahrungen als Bündelungsebene für die kreisangehörigen Gemeinden ebenfalls hier teilen.',
      },
    ],
  },
  {
    topic: 'board:ankuendigungen',
    title: 'Abfrage: Welche EfA-Leistungen planen Sie in den nächsten zwölf Monaten nachzunutzen?',
    author: 'org:BUND',
    daysAgo: 64,
    pinned: true,
    body: `Für die Vorbereitung der nächsten AL-Runde möchten wir ein besseres Bild davon gewinnen, wo die Kommunen bei der Nachnutzung stehen und wo es hakt.

Bitte antworten Sie in diesem Beitrag kurz mit:

1. den EfA-Leistungen, die Sie bereits produktiv nutzen oder pilotieren,
2. den Leistungen, die Sie in den nächsten zwölf Monaten anbinden wollen,
3. dem **größten Hindernis** (z. B. Fachverfahrensanbindung, Finanzierung, Personal, Vertragsgestaltung).

Die Rückmeldungen werten wir anonymisiert aus und berichten im Forum über die Ergebnisse.`,
    replies: [
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 30,
        body: `Gerne, aus Köln:

1. Produktiv: Gewerbeanmeldung, Wohngeld
2. Geplant: Elektronische Wohnsitzanmeldung, Sondernutzung von Straßen
3. Größtes Hindernis: Die Anbindung unserer Fachverfahren. Die Hersteller liefern die XÖV-Schnittstellen, aber oft erst mit dem nächsten Major-Release.`,
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 52,
        body: `Aus Wiesbaden:

1. Produktiv bzw. im Pilot: Führerschein, Hundesteuer, Verpflichtungserklärung
2. Geplant: Ehe Online, Einbürgerung
3. Hindernis: weniger die Technik als die **Schulung der Sachbearbeitung** und die Umstellung der Abläufe. Der Online-Antrag ist schnell angebunden, aber wenn danach wieder ausgedruckt wird, ist nichts gewonnen.`,
      },
      {
        author: 'kommune:13004000',
        hoursAfterQuestion: 75,
        body: 'Schwerin: Digitale Baugenehmigung läuft, Wohngeld ist in Vorbereitung. Unser größtes Thema ist die Finanzierung des laufenden Betriebs nach Ablauf der Anschubfinanzierung – dazu gibt es auch eine eigene Frage im Bereich Nachnutzungsmodelle.',
      },
    ],
  },
  {
    topic: 'board:ankuendigungen',
    title: 'Neu: Akzeptierte Antworten fließen in Steckbriefe je EfA-Leistung ein',
    author: 'org:FITKO',
    daysAgo: 9,
    pinned: true,
    body: `Viele Fragen hier wiederholen sich von Kommune zu Kommune – das ist ein gutes Zeichen, denn es zeigt, dass die Nachnutzung in der Fläche ankommt.

Wir planen, die **als Lösung markierten** und die offiziellen Antworten der federführenden Länder je EfA-Leistung in einem kurzen Steckbrief auf der Themenseite zusammenzufassen. Deshalb unsere Bitte:

- Markieren Sie hilfreiche Antworten konsequent als Lösung.
- Formulieren Sie Titel so, dass andere sie wiederfinden (Leistung + konkretes Problem).

Rückmeldungen zum Vorhaben gerne hier im Beitrag.`,
    replies: [
      {
        author: 'land:NW',
        hoursAfterQuestion: 22,
        body: 'Das unterstützen wir ausdrücklich. Für unsere federführenden Leistungen würden wir die Steckbriefe vor der Veröffentlichung gern einmal fachlich gegenlesen, damit keine überholten Stände stehen bleiben.',
      },
    ],
  },

  // ───────────────────────── Nachnutzungsmodelle der Länder ─────────────────────────
  {
    topic: 'board:nachnutzungsmodelle',
    title: 'FIT-Store oder Marktplatz für EfA-Leistungen – welcher Weg passt für eine kreisfreie Stadt?',
    author: 'kommune:06611000',
    daysAgo: 96,
    body: `Wir wollen im kommenden Jahr mehrere EfA-Leistungen anbinden und sind unsicher, über welchen Weg wir das vertraglich tun. In den Unterlagen tauchen sowohl der **FIT-Store** als auch der **Marktplatz für EfA-Leistungen** auf.

Kann eine Kommune selbst über den FIT-Store beitreten, oder läuft das immer über das Land? Und wo liegt aus Ihrer Sicht der praktische Unterschied beim Marktplatz?`,
    replies: [
      {
        author: 'org:FITKO',
        hoursAfterQuestion: 18,
        body: `Gute Frage, die uns oft erreicht. Vereinfacht:

- Der **FIT-Store** ist das Angebot, über das Länder EfA-Leistungen anderer Länder nachnutzen. Der Beitritt erfolgt in der Regel durch das Land, das die Leistung dann seinen Kommunen zur Verfügung stellt. Eine Kommune schließt also normalerweise keinen eigenen Vertrag im FIT-Store.
- Über den **Marktplatz für EfA-Leistungen** werden Leistungen über öffentliche IT-Dienstleister bereitgestellt; hier kommen je nach Land und Dienstleister auch kommunale Wege in Betracht.

Welcher Weg für Sie gilt, hängt davon ab, wie Hessen die jeweilige Leistung bereitstellt. Ich würde deshalb zuerst beim Land nachfragen – die Kolleginnen und Kollegen lesen hier mit.`,
      },
      {
        author: 'demo:land',
        hoursAfterQuestion: 26,
        body: 'Ergänzend aus Hessen: Für die meisten Leistungen stellen wir die Nachnutzung landesseitig bereit, die Kommunen müssen dafür keinen eigenen Vertrag abschließen. Was Sie auf kommunaler Seite brauchen, sind die Anbindung Ihres Fachverfahrens und ein gepflegter Zustellpunkt. Schicken Sie uns gern die Liste der geplanten Leistungen über die OZG-Koordination, dann sagen wir Ihnen je Leistung den Stand.',
      },
      {
        author: 'kommune:06611000',
        hoursAfterQuestion: 40,
        body: 'Vielen Dank, das hat die Diskussion bei uns intern deutlich vereinfacht. Die Liste geht diese Woche raus.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'board:nachnutzungsmodelle',
    title:
      'iöV-Modell: Können wir die Nachnutzung direkt über unseren kommunalen IT-Dienstleister beauftragen?',
    author: 'kommune:09162000',
    daysAgo: 71,
    body: `Unser Vergaberecht sieht eine Inhouse-Beauftragung unseres kommunalen IT-Dienstleisters vor. Wir haben gehört, dass das **iöV-Modell** genau solche Konstellationen abbilden soll.

Gilt das auch, wenn das federführende Land die Leistung über einen anderen öffentlichen IT-Dienstleister betreiben lässt? Und wer haftet im Fehlerfall gegenüber der Kommune?`,
    replies: [
      {
        author: 'land:BY',
        hoursAfterQuestion: 30,
        body: `Nach unserem Verständnis setzt das iöV-Modell voraus, dass Ihr IT-Dienstleister selbst inhouse-fähig an der Betreiberkette beteiligt ist. Ob das für eine konkrete Leistung zutrifft, hängt von der Gesellschafterstruktur ab und muss im Einzelfall geprüft werden.

Zur Haftung: Ihr Vertragspartner bleibt Ihr IT-Dienstleister. Wie dieser sich gegenüber dem Betreiber absichert, regeln die Verträge zwischen den Dienstleistern. Wir empfehlen, die vergaberechtliche Prüfung durch Ihre Vergabestelle dokumentieren zu lassen.`,
      },
      {
        author: 'org:DST',
        hoursAfterQuestion: 55,
        body: 'Wir hören aus mehreren Mitgliedsstädten ähnliche Fragen. Eine kurze, zwischen den Ländern abgestimmte Handreichung zur vergaberechtlichen Einordnung der Modelle wäre sehr hilfreich – wir nehmen das als Anregung in die nächste Abstimmungsrunde mit.',
      },
    ],
  },
  {
    topic: 'board:nachnutzungsmodelle',
    title: 'Landesplattform und eigenes Stadtportal: Wie vermeiden wir eine doppelte Onlinestellung?',
    author: 'kommune:07315000',
    daysAgo: 58,
    body: `Unser Stadtportal verlinkt bisher auf eigene Formulare. Mit der Nachnutzung über die Landesplattform würden viele Leistungen dort zusätzlich erscheinen.

Wie stellen Sie sicher, dass Bürgerinnen und Bürger nicht zwei unterschiedliche Wege für dieselbe Leistung finden? Reicht es, in unserem Portal auf den Online-Dienst der Landesplattform zu verlinken?`,
    replies: [
      {
        author: 'land:RP',
        hoursAfterQuestion: 6,
        body: `Ja, das ist der empfohlene Weg. Die Leistungsbeschreibungen werden über das Portalverbund-Online-Gateway (PVOG) ausgespielt; wenn Ihre Zuständigkeit und der Link zum Online-Dienst dort korrekt gepflegt sind, zeigen Landesportal, Stadtportal und Bundesportal dasselbe Ziel an.

Praktisch:

1. Eigene Formularlinks für Leistungen, die über die Landesplattform laufen, **abschalten** oder umleiten.
2. In Ihrem Redaktionssystem die Zuständigkeit prüfen (Leistungsschlüssel + Ihre Organisationseinheit).
3. Nach der Umstellung einmal über das Landesportal und über Ihr Portal testen, ob der Antrag bei derselben Stelle ankommt.`,
      },
      {
        author: 'kommune:07315000',
        hoursAfterQuestion: 29,
        body: 'Danke, Punkt 2 war bei uns tatsächlich die Ursache – bei drei Leistungen war noch die alte Organisationseinheit hinterlegt.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'board:nachnutzungsmodelle',
    title: 'Wer trägt die Betriebskosten einer EfA-Leistung nach Ende der Anschubfinanzierung?',
    author: 'kommune:13004000',
    daysAgo: 33,
    body: `In unseren Haushaltsberatungen kommt regelmäßig die Frage auf, welche laufenden Kosten für die Nachnutzung von EfA-Leistungen künftig auf die Kommune zukommen.

Gibt es Kommunen, die dazu bereits eine belastbare Aussage ihres Landes haben? Uns interessiert vor allem, ob nach Fallzahlen, nach Einwohnern oder pauschal abgerechnet wird.`,
    replies: [
      {
        author: 'kommune:12054000',
        hoursAfterQuestion: 50,
        body: 'Bei uns gibt es bislang nur eine Aussage für einzelne Leistungen, keine Gesamtregelung. Wir haben für die Haushaltsplanung vorsorglich einen Ansatz pro Leistung gebildet und in den Erläuterungen darauf hingewiesen, dass die Verteilung zwischen Land und Kommunen noch offen ist. Eine landesübergreifende Übersicht würde uns auch sehr helfen.',
      },
      {
        author: 'kommune:06611000',
        hoursAfterQuestion: 73,
        body: 'Gleiche Lage in Kassel. Wichtig wäre aus unserer Sicht, dass die Abrechnungslogik vor dem Anschluss feststeht – sonst wird die Nachnutzung in den Gremien schwer zu vermitteln.',
      },
    ],
  },

  // ───────────────────────── First Mover und Pilotkommunen ─────────────────────────
  {
    topic: 'board:first-mover',
    title: 'Erfahrungsaustausch: Wie haben Sie die Sachbearbeitung auf die Online-Anträge vorbereitet?',
    author: 'kommune:14713000',
    daysAgo: 44,
    body: `Wir gehen in den nächsten Monaten mit mehreren EfA-Leistungen in den Echtbetrieb. Technisch sind wir gut vorbereitet, aber wir merken, dass die Fachbereiche unsicher sind, was sich für sie ändert.

Welche Schulungsformate haben sich bei Ihnen bewährt? Und wie verhindern Sie, dass eingehende Online-Anträge doch wieder ausgedruckt werden?`,
    replies: [
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 5,
        body: `Bei uns hat am besten funktioniert:

- **kurze Live-Demos** (30 Minuten) mit einem echten Testantrag, der im Fachverfahren ankommt,
- ein einseitiger Ablaufplan „Was passiert nach Eingang?“ je Leistung,
- feste Ansprechpersonen im Fachbereich, die im ersten Monat Fragen sammeln.

Lange Präsenzschulungen vor dem Start haben wenig gebracht, weil die Praxisfragen erst mit den ersten echten Anträgen kommen.`,
      },
      {
        author: 'kommune:01002000',
        hoursAfterQuestion: 9,
        body: 'Gegen das Ausdrucken hilft bei uns nur, dass die elektronische Akte wirklich vollständig ist. Solange die Anlagen nur als Link im Postfach liegen, wird gedruckt. Seitdem die Anlagen automatisch in die E-Akte übernommen werden, ist das deutlich zurückgegangen.',
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 26,
        body: 'Wir haben zusätzlich eine Kennzahl eingeführt: Durchlaufzeit vom Eingang bis zur ersten Bearbeitung, getrennt nach Online- und Papieranträgen. Das hat die Diskussion versachlicht – die Online-Anträge waren schon nach wenigen Wochen schneller, weil die Vollständigkeitsprüfung entfällt.',
      },
      {
        author: 'kommune:08111000',
        hoursAfterQuestion: 49,
        body: 'Ein Tipp aus Stuttgart: Binden Sie die Personalvertretung früh ein. Bei uns gab es Fragen zur Leistungs- und Verhaltenskontrolle durch die neuen Auswertungen im Fachverfahren. Nach einer kurzen Dienstvereinbarung war das Thema erledigt.',
      },
      {
        author: 'kommune:14713000',
        hoursAfterQuestion: 70,
        body: 'Herzlichen Dank Ihnen allen – sehr konkret und hilfreich. Die Idee mit der Kennzahl und die Dienstvereinbarung nehmen wir direkt in unseren Einführungsplan auf.',
      },
    ],
  },
  {
    topic: 'board:first-mover',
    title: 'Abnahme vor der Produktivsetzung: Wie lange lief bei Ihnen der Test in der Referenzumgebung?',
    author: 'kommune:05111000',
    daysAgo: 82,
    body: `Wir sind Pilotkommune für eine Leistung aus dem Themenfeld Engagement & Hobby und bereiten die Abnahme vor. Unser Fachverfahren ist an die Testumgebung angebunden, die ersten Testanträge kommen an.

Wie viele Testfälle haben Sie vor der Produktivsetzung durchgespielt, und wer hat die Abnahme bei Ihnen formal erklärt – Fachbereich, IT oder beide?`,
    replies: [
      {
        author: 'land:NW',
        hoursAfterQuestion: 20,
        body: `Aus Sicht des federführenden Landes empfehlen wir:

- mindestens einen Testfall je **Antragsvariante** (z. B. Erstantrag, Verlängerung, Ersatz) und je Zahlungsweg,
- einen Negativtest (unvollständiger Antrag, abgebrochene Zahlung),
- eine Prüfung, ob Anlagen vollständig und lesbar im Fachverfahren ankommen.

Die Abnahme sollte der Fachbereich erklären, die IT bestätigt die technische Funktionsfähigkeit. In unseren Piloten hat die Testphase realistischerweise zwei bis vier Wochen gedauert. Ein Abnahmeprotokoll als Vorlage stellen wir Ihnen gern über die Pilotbetreuung zur Verfügung.`,
      },
      {
        author: 'kommune:05111000',
        hoursAfterQuestion: 45,
        body: 'Danke, die Vorlage haben wir erhalten. Die Negativtests hatten wir tatsächlich noch nicht eingeplant.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Forum-Hilfe ─────────────────────────────
  {
    topic: 'board:forum-hilfe',
    title: 'Wie werde ich benachrichtigt, wenn das federführende Land auf meine Frage antwortet?',
    author: 'kommune:06434001',
    daysAgo: 40,
    body: 'Ich habe vor einigen Tagen eine Frage zur Kurabgabe gestellt und möchte sicherstellen, dass ich eine Antwort nicht verpasse. Muss ich dafür etwas einstellen, oder bekomme ich automatisch eine Nachricht?',
    replies: [
      {
        author: 'demo:moderator',
        hoursAfterQuestion: 3,
        body: `Sie müssen nichts tun: Als Verfasserin beobachten Sie Ihre eigenen Fragen automatisch. Bei jeder Antwort erhalten Sie eine Benachrichtigung (Glockensymbol oben rechts), bei einer offiziellen Antwort eines Landes wird diese besonders gekennzeichnet.

Zusätzlich können Sie auf jeder Themenseite **Beobachten** wählen, um über alle neuen Fragen zu einer EfA-Leistung informiert zu werden – oder **Stummschalten**, wenn Sie ein Thema nicht interessiert.`,
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'board:forum-hilfe',
    title: 'Frage im falschen Thema gestellt – kann ich sie selbst verschieben?',
    author: 'kommune:16051000',
    daysAgo: 12,
    body: 'Ich habe meine Frage zum Unterhaltsvorschuss versehentlich im Thema Elterngeld Digital eingestellt. Gibt es eine Möglichkeit, sie selbst zu verschieben, oder soll ich sie neu stellen?',
    replies: [
      {
        author: 'demo:moderator',
        hoursAfterQuestion: 2,
        body: 'Bitte nicht neu stellen – Verschieben können Moderatorinnen und Moderatoren. Nutzen Sie dafür am einfachsten die Funktion **Melden** am ersten Beitrag und schreiben Sie als Grund „Bitte verschieben nach …“. Ihre Frage habe ich eben in das richtige Thema verschoben; die Benachrichtigungen bleiben erhalten.',
      },
    ],
  },

  // ───────────────────────────── Führerschein (HE) ─────────────────────────────
  {
    topic: 'Führerschein',
    title: 'Führerschein: Wie kommen die Online-Anträge in unser Fachverfahren der Fahrerlaubnisbehörde?',
    author: 'demo:kommune',
    daysAgo: 88,
    body: `Wir möchten den Online-Dienst Führerschein für Ersterteilung und Umtausch in unserer Fahrerlaubnisbehörde produktiv nehmen. Unklar ist uns noch, in welchem Format die Anträge übergeben werden und ob unser Fachverfahren sie direkt übernehmen kann.

Werden die Daten strukturiert per FIT-Connect übermittelt oder kommt ein PDF ins Postfach? Und welche Angaben müssen wir für das Routing hinterlegen?`,
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 5,
        body: `Danke für die Frage – die kommt bei fast allen Fahrerlaubnisbehörden.

- Die Anträge werden **strukturiert über FIT-Connect** zugestellt, zusätzlich wird ein PDF des Antrags mitgeliefert. Ob Ihr Fachverfahren die Fachdaten direkt übernimmt, hängt vom Versionsstand ab; nach unserem Stand unterstützen die verbreiteten Verfahren das mit einem aktuellen Release.
- Für das Routing braucht es einen **Zustellpunkt** Ihrer Behörde, der über das DVDV gefunden wird, und die korrekte Zuständigkeit Ihrer Fahrerlaubnisbehörde für die Leistung im Redaktionssystem.
- Den Zustellpunkt richten Sie über das Self-Service-Portal von FIT-Connect ein bzw. lassen ihn durch Ihren IT-Dienstleister einrichten.

Wenn Sie mögen, vereinbaren wir einen Termin mit Ihrem IT-Dienstleister und unserem Betriebsteam für einen gemeinsamen Testantrag.`,
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 23,
        body: 'Sehr gern, ich melde mich mit zwei Terminvorschlägen. Der strukturierte Weg ist für uns klar vorzuziehen – dann können wir das PDF nur noch zur Akte nehmen.',
      },
      {
        author: 'kommune:06611000',
        hoursAfterQuestion: 71,
        body: 'Kleiner Erfahrungswert aus Kassel: Prüfen Sie vor dem ersten Test, ob Ihr Fachverfahren das Lichtbild aus dem Antrag übernimmt oder ob die Sachbearbeitung es separat abrufen muss. Das war bei uns der einzige Stolperstein.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Führerschein',
    title:
      'Pflichtumtausch alter Führerscheine: Lichtbild und Unterschrift digital oder doch persönliche Vorsprache?',
    author: 'kommune:08111000',
    daysAgo: 27,
    body: `Wir rechnen beim Pflichtumtausch mit hohen Antragszahlen und wollen möglichst viele Fälle ohne Termin abwickeln. Bei uns ist unklar, ob Lichtbild und Unterschrift vollständig digital übermittelt werden können oder ob die Antragstellenden dafür doch persönlich erscheinen müssen.

Wie ist das im Online-Dienst vorgesehen, und welche Erfahrungen gibt es mit der Bildqualität?`,
    replies: [
      {
        author: 'land:BW',
        hoursAfterQuestion: 14,
        body: 'Aus baden-württembergischer Sicht als mitverantwortliches Land: Das Lichtbild kann im Online-Antrag elektronisch übermittelt werden, etwa über ein Fotostudio mit elektronischer Übermittlung. Für die Unterschrift gibt es je nach Ausbaustufe unterschiedliche Lösungen; in unseren Piloten ließ sich ein Großteil der Umtauschfälle ohne Vorsprache abschließen. Wie Sie mit Zweifelsfällen umgehen, sollten Sie in einer kurzen internen Verfahrensanweisung festhalten.',
      },
      {
        author: 'demo:land',
        hoursAfterQuestion: 31,
        body: `Ergänzend aus Hessen: In unseren Piloten kamen Rückfragen fast nur bei **selbst aufgenommenen Fotos**. Wir empfehlen, im Antrag deutlich auf die Anforderungen an das Lichtbild hinzuweisen – den Hinweistext können Sie über die Leistungsbeschreibung anpassen.

Die Abholung bzw. der Versand des neuen Führerscheins bleibt davon unberührt.`,
      },
    ],
  },

  // ───────────────────────────── Ehe Online (HE) ─────────────────────────────
  {
    topic: 'Ehe Online',
    title: 'Ehe Online: Anbindung an unser Personenstandsfachverfahren über XPersonenstand',
    author: 'demo:kommune',
    daysAgo: 61,
    body: `Unser Standesamt möchte die Anmeldung der Eheschließung online anbieten. Im Personenstandswesen arbeiten wir mit XPersonenstand-Nachrichten, und unser Fachverfahrenshersteller fragt, welche Nachrichten der Online-Dienst erzeugt.

Kommt die Anmeldung als XPersonenstand-Nachricht an oder als eigenes Datenformat, das wir mappen müssen? Und wie werden die hochgeladenen Urkunden übergeben?`,
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 20,
        body: `Die Anmeldung der Eheschließung wird über FIT-Connect an Ihr Standesamt zugestellt. Die Fachdaten sind an den Datenstrukturen des Personenstandswesens ausgerichtet, sodass Ihr Hersteller sie nach unserem Stand ohne eigenes Mapping übernehmen kann – die genaue Nachrichtenversion stimmen wir gerade mit den Herstellern ab und veröffentlichen sie in der Schnittstellendokumentation des Online-Dienstes.

Urkunden und Nachweise werden als **Anlagen** (PDF bzw. Bild) mitgeliefert. Die Prüfung der Originale bleibt Aufgabe des Standesamts; in unserem Pilot haben die Standesämter Originale nur in Zweifelsfällen nachgefordert.`,
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 44,
        body: 'Danke! Ich habe die Information an unseren Hersteller weitergegeben. Sobald die Nachrichtenversion feststeht, planen wir den Test.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Ehe Online',
    title: 'Ehe Online in NRW: Wie werden die Gebühren für die Anmeldung der Eheschließung bezahlt?',
    author: 'kommune:05315000',
    daysAgo: 19,
    body: 'Wir wollen Ehe Online nachnutzen. Unsere Gebühren richten sich nach dem Landesgebührenrecht NRW und unterscheiden sich von den hessischen Gebühren. Kann der Online-Dienst unsere Gebühren abbilden, und läuft die Zahlung über ePayBL oder über unseren eigenen Zahlungsanbieter?',
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 38,
        body: `Die Gebühren werden je zuständiger Stelle konfiguriert, nicht landesweit fest hinterlegt. Sie melden uns Ihre Gebührentatbestände und Beträge, wir hinterlegen sie für Ihr Standesamt.

Für die Bezahlung ist nach unserem Stand **ePayBL** angebunden. Wenn Sie bereits einen ePayBL-Mandanten haben, benötigen wir dessen Kennung und die Zuordnung zu Ihrer Haushaltsstelle; andere Zahlungsanbieter sind bei uns bisher nicht angebunden. Ob die Zahlung bei der Anmeldung oder erst bei der Eheschließung fällig wird, können Sie festlegen.`,
      },
      {
        author: 'land:NW',
        hoursAfterQuestion: 52,
        body: 'Aus NRW-Sicht: Die Abstimmung zur landesweiten ePayBL-Anbindung der Standesämter läuft. Bitte sprechen Sie uns über die OZG-Koordination an, bevor Sie einen eigenen Mandanten beantragen – gegebenenfalls können Sie einen bestehenden kommunalen Mandanten mitnutzen.',
      },
    ],
  },

  // ───────────────────────────── Verpflichtungserklärung (HE) ─────────────────────────────
  {
    topic: 'Verpflichtungserklärung',
    title: 'Verpflichtungserklärung: Bonitätsprüfung und persönliche Vorsprache trotz Online-Antrag?',
    author: 'demo:kommune',
    daysAgo: 52,
    body: `In unserer Ausländerbehörde nehmen wir die Verpflichtungserklärung bisher ausschließlich bei persönlicher Vorsprache auf, weil die Unterschrift auf dem bundeseinheitlichen Vordruck geleistet werden muss.

Was genau bildet der Online-Dienst ab – nur die Vorbereitung mit Upload der Einkommensnachweise oder die gesamte Abgabe? Wie haben andere Kommunen die Bonitätsprüfung organisiert?`,
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 9,
        body: `Der Online-Dienst deckt nach aktuellem Stand den **Antrag und die Vorprüfung** ab: Angaben zur einladenden und zur eingeladenen Person, Einkommens- und Wohnraumnachweise als Anlagen, Zahlung der Gebühr.

Die Unterschrift auf dem amtlichen Vordruck erfolgt weiterhin bei Ihnen. Der Vorteil liegt darin, dass der Termin nur noch der Unterschrift dient, weil die Bonität vorab geprüft ist. In unserem Pilot hat sich die Terminzeit dadurch deutlich verkürzt.

Empfehlung: Legen Sie fest, dass ein Termin erst **nach positiver Vorprüfung** vergeben wird – so vermeiden Sie Termine mit unvollständigen Unterlagen.`,
      },
      {
        author: 'kommune:06434001',
        hoursAfterQuestion: 30,
        body: 'Können wir bestätigen. Wir verschicken nach der Vorprüfung einen Terminlink. Das spart bei uns pro Fall spürbar Zeit am Schalter.',
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 35,
        body: 'Vielen Dank, damit ist der Ablauf für uns klar. Wir stellen die Terminvergabe entsprechend um.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Verpflichtungserklärung',
    title: 'Welche XAusländer-Version erwartet der Online-Dienst Verpflichtungserklärung?',
    author: 'kommune:12054000',
    daysAgo: 16,
    body: 'Unser Hersteller des Ausländerfachverfahrens plant das nächste Release und fragt, welche XAusländer-Version bzw. welches Nachrichtenformat der Online-Dienst Verpflichtungserklärung liefert. Gibt es dazu eine Schnittstellenbeschreibung, die wir weitergeben können?',
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 47,
        body: 'Die Schnittstellenbeschreibung stellen wir den Herstellern und den nachnutzenden Ländern zur Verfügung; die Länderkoordination in Brandenburg hat sie vorliegen. Wir richten uns nach der jeweils gültigen XAusländer-Version; ein Wechsel wird mit ausreichendem Vorlauf angekündigt. Bitte lassen Sie Ihren Hersteller direkt mit unserem Betriebsteam Kontakt aufnehmen – den Weg dorthin vermittelt Ihnen Ihre OZG-Koordination.',
      },
    ],
  },

  // ───────────────────────────── Kommunale Abgaben (Kurabgabe) (HE) ─────────────────────────────
  {
    topic: 'Kommunale Abgaben (Kurabgabe)',
    title: 'Kurabgabe: Meldung der Beherbergungsbetriebe online – wie kommt das in unser Kassenverfahren?',
    author: 'kommune:06434001',
    daysAgo: 47,
    body: `Unsere Beherbergungsbetriebe melden die Gäste und die vereinnahmte Kurabgabe bisher monatlich per Formular. Wir möchten auf den Online-Dienst umstellen.

Wie werden die Meldungen übergeben, und können wir sie direkt in unser Kassen- bzw. Veranlagungsverfahren übernehmen? Brauchen die Betriebe dafür ein Unternehmenskonto?`,
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 26,
        body: `Die Betriebe melden über den Online-Dienst und authentifizieren sich dabei mit dem **Unternehmenskonto** (ELSTER-basiert). Das ist für die meisten Betriebe kein neuer Schritt, weil sie es bereits für andere Leistungen nutzen.

Die Meldungen werden über FIT-Connect als strukturierter Datensatz mit PDF zugestellt. Für die Übernahme in Ihr Kassenverfahren gibt es zwei Wege, die wir in den Pilotkommunen gesehen haben:

1. Import über eine Schnittstelle Ihres Finanzverfahrens (wenn der Hersteller sie anbietet),
2. Übergangsweise ein CSV-Export aus dem Postfach, den die Kasse einliest.

Weg 2 ist kein Dauerzustand, aber schon deutlich besser als das Abtippen von Formularen.`,
      },
      {
        author: 'kommune:06434001',
        hoursAfterQuestion: 60,
        body: 'Danke, wir starten mit dem Export und klären parallel die Schnittstelle mit dem Hersteller.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Kommunale Abgaben (Kurabgabe)',
    title:
      'Lässt sich der Online-Dienst für weitere kommunale Abgaben wie die Zweitwohnungsteuer konfigurieren?',
    author: 'demo:kommune',
    daysAgo: 23,
    body: 'Der Online-Dienst heißt „Kommunale Abgaben“, bisher sehen wir aber nur die Kurabgabe. Wir würden gern auch die An- und Abmeldung zur Zweitwohnungsteuer darüber abbilden, statt ein eigenes Formular zu bauen. Ist das vorgesehen, und wer müsste die Formularinhalte liefern?',
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 18,
        body: `Die Architektur ist bewusst für mehrere kommunale Abgaben ausgelegt. Weitere Abgabearten nehmen wir auf, wenn mehrere Kommunen Bedarf anmelden und die fachlichen Anforderungen **satzungsübergreifend** beschrieben werden können.

Für die Zweitwohnungsteuer haben bereits zwei weitere Kommunen Interesse bekundet. Wir schlagen vor, eine kleine Arbeitsgruppe zu bilden, die die Datenfelder auf Basis des FIM-Stammtexts abstimmt. Dürfen wir Sie dafür ansprechen?`,
      },
      {
        author: 'kommune:06611000',
        hoursAfterQuestion: 41,
        body: 'Kassel hätte ebenfalls Interesse und würde sich an der Arbeitsgruppe beteiligen.',
      },
    ],
  },

  // ───────────────────────────── Hundesteuer (HE) ─────────────────────────────
  {
    topic: 'Hundesteuer',
    title: 'Hundesteuer: An- und Abmeldung mit ePayBL – und wie kommt die Steuermarke zum Hund?',
    author: 'demo:kommune',
    daysAgo: 79,
    body: `Wir möchten die An- und Abmeldung zur Hundesteuer online anbieten. Zwei praktische Fragen:

- Wird bei der Anmeldung direkt etwas bezahlt, oder erfolgt nur die Anmeldung und die Festsetzung später per Bescheid?
- Wie wird die Hundesteuermarke ausgegeben, wenn der Antrag online kommt?`,
    replies: [
      {
        author: 'demo:land',
        hoursAfterQuestion: 4,
        body: `Bei der Anmeldung wird **keine Zahlung** ausgelöst – die Steuer setzen Sie wie bisher per Bescheid fest. ePayBL kommt nur ins Spiel, wenn Sie für Ersatzmarken eine Gebühr erheben; das ist optional konfigurierbar.

Zur Steuermarke: Die meisten Pilotkommunen versenden die Marke zusammen mit dem Bescheid per Post. Die Markennummer vergibt Ihr Steuerfachverfahren bei der Übernahme des Antrags.

Die Abmeldung enthält die Abmeldegründe als strukturierte Werte, sodass Sie Fälle mit Nachweispflicht (z. B. Tod des Hundes) gezielt nachfordern können.`,
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 22,
        body: 'Genau so wollten wir es handhaben. Danke für die schnelle Antwort!',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Hundesteuer',
    title:
      'Hundesteuer: Wie bilden wir Steuerbefreiungen und -ermäßigungen nach unserer Satzung im Online-Antrag ab?',
    author: 'demo:kommune',
    daysAgo: 1,
    body: `Unsere Hundesteuersatzung sieht Ermäßigungen bzw. Befreiungen vor, etwa für Assistenzhunde und für geprüfte Rettungshunde. Im Online-Antrag finden wir bisher nur ein allgemeines Freitextfeld dafür.

Können wir die Befreiungstatbestände unserer Satzung als Auswahl hinterlegen, sodass die passenden Nachweise gleich mit angefordert werden? Oder ist eine Anpassung je Kommune nicht vorgesehen?`,
    replies: [],
  },

  // ───────────────────────────── Digitale Baugenehmigung (MV) ─────────────────────────────
  {
    topic: 'Digitale Baugenehmigung',
    title:
      'XBau: Welche Nachrichtenversion erwartet die Digitale Baugenehmigung und wie prüfen wir das vorab?',
    author: 'kommune:14713000',
    daysAgo: 103,
    body: `Unsere untere Bauaufsicht will die Digitale Baugenehmigung nachnutzen. Unser Fachverfahren unterstützt XBau, allerdings wissen wir nicht, ob die Version zum Online-Dienst passt.

Welche XBau-Version wird aktuell verwendet, und gibt es eine Möglichkeit, Testnachrichten vor der Anbindung zu prüfen?`,
    replies: [
      {
        author: 'land:MV',
        hoursAfterQuestion: 28,
        body: `Der Online-Dienst nutzt die jeweils vom Standardisierungsgremium freigegebene XBau-Version; bei einem Versionswechsel gibt es einen Übergangszeitraum, in dem beide Versionen unterstützt werden.

Für den Vorabtest:

1. Lassen Sie Ihren Hersteller bestätigen, welche XBau-Version Ihr installiertes Release **empfangen** kann (nicht nur, welche es grundsätzlich kennt).
2. Wir stellen nachnutzenden Bauaufsichten eine **Testumgebung** mit Beispielanträgen bereit; die Anträge gehen an Ihren Test-Zustellpunkt.
3. Prüfen Sie insbesondere, ob die Bauvorlagen (Pläne) als Anlagen korrekt zugeordnet werden.

Die Freischaltung der Testumgebung beantragen Sie über Ihre Landeskoordination in Sachsen.`,
      },
      {
        author: 'kommune:13004000',
        hoursAfterQuestion: 50,
        body: 'Aus Schwerin, wo der Dienst bei uns schon länger läuft: Nehmen Sie sich Zeit für Punkt 3. Bei großen Planunterlagen hatten wir anfangs Probleme mit der Dateigröße – das lag an einer Begrenzung auf unserer Seite, nicht am Online-Dienst.',
      },
      {
        author: 'kommune:14713000',
        hoursAfterQuestion: 98,
        body: 'Danke Ihnen beiden. Der Hersteller hat die Version bestätigt, die Testumgebung ist beantragt.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Digitale Baugenehmigung',
    title: 'Anbindung Digitale Baugenehmigung an unser Fachverfahren über XBau',
    author: 'kommune:15003000',
    daysAgo: 37,
    locked: true,
    body: 'Wir möchten die Digitale Baugenehmigung an das Fachverfahren unserer Bauaufsicht anbinden. Welche XBau-Version ist erforderlich, und gibt es eine Testumgebung?',
    replies: [
      {
        author: 'demo:moderator',
        hoursAfterQuestion: 4,
        body: 'Vielen Dank für Ihre Frage. Genau dieses Thema wurde im selben Thema bereits ausführlich beantwortet, einschließlich einer Antwort des federführenden Landes: „XBau: Welche Nachrichtenversion erwartet die Digitale Baugenehmigung und wie prüfen wir das vorab?“. Damit die Antworten an einer Stelle gebündelt bleiben, schließe ich diesen Beitrag. Ergänzende Fragen stellen Sie bitte dort.',
      },
    ],
  },

  // ───────────────────────────── Bauvorbescheid (MV) ─────────────────────────────
  {
    topic: 'Bauvorbescheid',
    title: 'Bauvorbescheid: Wie beteiligen wir Fachbehörden und Gemeinde digital, ohne Medienbruch?',
    author: 'kommune:01002000',
    daysAgo: 35,
    body: 'Der Antrag auf Bauvorbescheid kommt bei uns digital an. Für die Stellungnahmen von Denkmalschutz, Umweltamt und Tiefbau drucken wir aber bisher Unterlagen aus oder verschicken PDFs per E-Mail. Bietet der Online-Dienst eine Beteiligungsfunktion, oder muss das über unser Fachverfahren laufen?',
    replies: [
      {
        author: 'land:MV',
        hoursAfterQuestion: 70,
        body: `Der Online-Dienst deckt die Antragstellung und die Kommunikation mit den Antragstellenden ab. Die **Beteiligung der Träger öffentlicher Belange** ist fachlich Teil des Genehmigungsverfahrens und läuft deshalb über Ihr Fachverfahren bzw. eine daran angebundene Beteiligungsplattform.

XBau sieht dafür eigene Nachrichten zur Beteiligung vor. Wenn Ihr Fachverfahren und die beteiligten Stellen diese unterstützen, ist die Beteiligung medienbruchfrei möglich. In MV haben wir gute Erfahrungen damit gemacht, zunächst die häufigsten internen Stellen anzubinden und externe Stellen schrittweise nachzuziehen.`,
      },
      {
        author: 'kommune:08111000',
        hoursAfterQuestion: 95,
        body: 'Wir haben das Thema in Stuttgart ähnlich gelöst: interne Ämter über das Fachverfahren, externe Träger über eine Beteiligungsplattform mit Download-Link. Nicht elegant, aber ohne Papier.',
      },
    ],
  },

  // ───────────────────────────── Genehmigungsfreistellung (MV) ─────────────────────────────
  {
    topic: 'Genehmigungsfreistellung',
    title: 'Genehmigungsfreistellung: Wie wird der Antrag an die Gemeinde und an die Bauaufsicht geroutet?',
    author: 'kommune:13004000',
    daysAgo: 66,
    body: `Bei der Genehmigungsfreistellung sind je nach Landesrecht sowohl die Gemeinde als auch die Bauaufsicht beteiligt. Uns interessiert, wie das Routing im Online-Dienst funktioniert, wenn – wie bei kreisangehörigen Gemeinden – zwei verschiedene Stellen zuständig sind.

Werden zwei Zustellungen ausgelöst, oder leitet eine Stelle an die andere weiter?`,
    replies: [
      {
        author: 'land:MV',
        hoursAfterQuestion: 8,
        body: `Der Online-Dienst ermittelt die zuständigen Stellen anhand des Grundstücks und der im PVOG gepflegten Zuständigkeiten. Sind Gemeinde und Bauaufsicht verschieden, erhalten **beide** die Unterlagen über ihren jeweiligen Zustellpunkt – eine händische Weiterleitung ist nicht nötig.

Voraussetzungen:

- beide Stellen haben einen FIT-Connect-Zustellpunkt, der im DVDV auffindbar ist,
- die Zuständigkeit ist für den jeweiligen Leistungsschlüssel (Form: \`99xxxxxxxxxxxx\`) korrekt gepflegt.

Gerade bei kleinen Gemeinden fehlt häufig der Zustellpunkt; dann bleibt der Antrag beim Routing hängen. Bitte prüfen Sie das vor der Freischaltung gemeinsam mit dem Landkreis.`,
      },
      {
        author: 'org:DStGB',
        hoursAfterQuestion: 33,
        body: 'Danke für die klare Darstellung. Wir regen an, dass die Länder kleinen Gemeinden die Einrichtung von Zustellpunkten möglichst zentral abnehmen, etwa über den Landkreis oder den kommunalen IT-Dienstleister. Sonst scheitert die medienbruchfreie Übergabe an einem formalen Schritt.',
      },
      {
        author: 'kommune:13004000',
        hoursAfterQuestion: 40,
        body: 'Danke, das beantwortet unsere Frage. Wir gehen die Zustellpunkte der Umlandgemeinden mit dem Landkreis durch.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Wohngeld (SH) ─────────────────────────────
  {
    topic: 'Wohngeld',
    title: 'Wohngeld: Nachweise als Upload – welche Dateiformate und -größen kommen im Fachverfahren an?',
    author: 'kommune:05315000',
    daysAgo: 91,
    body: `Unsere Wohngeldstelle bekommt viele Online-Anträge mit Fotos von Kontoauszügen und Gehaltsnachweisen, teilweise in schlechter Qualität und in sehr großen Dateien. Das Fachverfahren kommt damit nicht immer zurecht.

Gibt es im Online-Dienst eine Begrenzung der Dateigröße oder eine automatische Umwandlung in PDF? Und wie gehen andere Wohngeldstellen mit unleserlichen Nachweisen um?`,
    replies: [
      {
        author: 'land:SH',
        hoursAfterQuestion: 22,
        body: `Der Online-Dienst begrenzt die Größe je Anlage und insgesamt; Bilddateien werden bei der Übergabe zusätzlich in ein PDF des Gesamtantrags eingebettet. Die Originaldateien werden aber mitgeliefert, damit nichts an Qualität verloren geht.

Wenn Ihr Fachverfahren mit großen Bilddateien Probleme hat, empfehlen wir, die Begrenzung auf Seite des Fachverfahrens bzw. der E-Akte zu prüfen. In Schleswig-Holstein hat sich ein vorgeschalteter Konvertierungsschritt beim IT-Dienstleister bewährt.

Zu unleserlichen Nachweisen: Im nächsten Release ist eine **Nachreichungsfunktion** geplant, sodass Sie gezielt einzelne Nachweise nachfordern können, ohne dass ein neuer Antrag gestellt werden muss.`,
      },
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 30,
        body: 'Danke! Die Nachreichungsfunktion wäre für uns eine echte Entlastung. Bis dahin fordern wir per Brief nach – gibt es einen Zeitplan?',
      },
      {
        author: 'land:SH',
        hoursAfterQuestion: 54,
        body: 'Einen verbindlichen Termin kann ich hier noch nicht nennen; wir informieren in diesem Thema, sobald das Release feststeht. Wenn Sie Pilotkommune für die Nachreichung sein möchten, melden Sie sich gern über Ihre Landeskoordination.',
      },
      {
        author: 'land:NW',
        hoursAfterQuestion: 60,
        body: 'Aus NRW-Sicht: Wir sammeln die Interessenbekundungen unserer Wohngeldstellen für die Pilotierung gebündelt und leiten sie an Schleswig-Holstein weiter. Köln haben wir vorgemerkt.',
      },
      {
        author: 'kommune:16051000',
        hoursAfterQuestion: 100,
        body: 'Interessanter Hinweis mit der Konvertierung beim IT-Dienstleister. Wir haben das gleiche Problem in Erfurt und werden das mit unserem Dienstleister besprechen.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Abfallentsorgung (SH) ─────────────────────────────
  {
    topic: 'Abfallentsorgung',
    title:
      'Abfallentsorgung: Sperrmüllanmeldung an unseren kommunalen Entsorgungsbetrieb anbinden – wer ist Empfänger?',
    author: 'kommune:06434001',
    daysAgo: 3,
    body: 'Bei uns übernimmt ein kommunaler Eigenbetrieb die Abfallentsorgung, die Gebührenbescheide erlässt aber die Stadt. Wenn wir die Sperrmüllanmeldung über den Online-Dienst anbieten: Wer sollte Empfänger der Anträge sein, und kann der Eigenbetrieb einen eigenen Zustellpunkt bekommen? Hat jemand eine ähnliche Konstellation schon umgesetzt?',
    replies: [],
  },

  // ───────────────────────────── Gewerbeanmeldung (HH) ─────────────────────────────
  {
    topic: 'Gewerbeanmeldung',
    title:
      'Gewerbeanmeldung: Werden die Datenübermittlungen an IHK, HWK und Finanzamt automatisch ausgelöst?',
    author: 'kommune:09162000',
    daysAgo: 110,
    body: `Nach Eingang einer Gewerbeanzeige übermittelt unser Gewerbeamt die Daten an zahlreiche Stellen. Mit dem Online-Dienst Gewerbeanmeldung stellt sich die Frage, ob diese Übermittlungen weiterhin aus unserem Fachverfahren erfolgen oder ob der Online-Dienst sie übernimmt.

Gibt es Risiken, dass Stellen doppelt beliefert werden?`,
    replies: [
      {
        author: 'land:HH',
        hoursAfterQuestion: 3,
        body: `Die Weiterleitung an die empfangsberechtigten Stellen bleibt **Aufgabe Ihres Fachverfahrens**. Der Online-Dienst liefert die Gewerbeanzeige strukturiert im Format XGewerbeanzeige an Ihr Gewerbeamt; Ihr Fachverfahren übernimmt sie und löst die Übermittlungen wie bei jeder anderen Anzeige aus.

Eine Doppelbelieferung ist damit ausgeschlossen, solange die Anzeige nicht zusätzlich auf Papier erfasst wird. Genau das haben wir in der Anfangszeit einzelner Kommunen gesehen – bitte weisen Sie Ihre Sachbearbeitung darauf hin.`,
      },
      {
        author: 'land:BY',
        hoursAfterQuestion: 26,
        body: 'Aus bayerischer Sicht können wir das bestätigen. Unsere Kommunen, die den Dienst bereits nutzen, haben die Übermittlungen unverändert aus ihren Fachverfahren heraus weiterbetrieben.',
      },
    ],
    acceptedReply: 0,
  },
  {
    topic: 'Gewerbeanmeldung',
    title:
      'Gewerbeanmeldung: Wer pflegt den Eintrag unseres Gewerbeamts im DVDV für den FIT-Connect-Zustellpunkt?',
    author: 'demo:kommune',
    daysAgo: 74,
    body: `Wir haben den Zustellpunkt für unser Gewerbeamt angelegt, aber im Test kommen keine Anträge an. Unser IT-Dienstleister vermutet, dass der DVDV-Eintrag fehlt oder falsch ist.

Wer ist für die Pflege des DVDV-Eintrags zuständig – die Kommune, der IT-Dienstleister oder die DVDV-Pflegestelle des Landes? Und in welcher Form muss die Behördenkennung angegeben werden?`,
    replies: [
      {
        author: 'land:HH',
        hoursAfterQuestion: 12,
        body: 'Der Online-Dienst findet Ihren Zustellpunkt über die Kombination aus Leistungsschlüssel und Ihrer Behördenkennung. Wenn im Test nichts ankommt, liegt es nach unserer Erfahrung in den meisten Fällen an einem fehlenden oder falsch zugeordneten DVDV-Eintrag. Die Pflege erfolgt über die für Ihr Land zuständige DVDV-Pflegestelle; in Hessen lassen das die meisten Kommunen über ihren IT-Dienstleister erledigen.',
      },
      {
        author: 'org:FITKO',
        hoursAfterQuestion: 16,
        body: `Ergänzend von Seiten FIT-Connect: Prüfen Sie bitte drei Dinge in dieser Reihenfolge:

1. Ist der Zustellpunkt im Self-Service-Portal für die **Produktivumgebung** bzw. die **Testumgebung** angelegt, die der Online-Dienst gerade nutzt? Eine Verwechslung kommt häufig vor.
2. Ist im DVDV für Ihre Behörde der Eintrag mit der Kennung in der Form \`<Präfix>:<ARS>\` vorhanden und dem richtigen Leistungsschlüssel zugeordnet?
3. Ist die Zuständigkeit im Redaktionssystem des Landes mit derselben Behörde verknüpft?

Die Dokumentation dazu finden Sie über https://www.fitko.de.`,
      },
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 30,
        body: 'Es war tatsächlich Punkt 1: Der Zustellpunkt war nur in der Produktivumgebung angelegt. Nach der Korrektur kam der erste Testantrag sofort an. Vielen Dank!',
      },
    ],
    acceptedReply: 1,
  },

  // ───────────────────────────── Elektronische Wohnsitzanmeldung (HH) ─────────────────────────────
  {
    topic: 'Elektronische Wohnsitzanmeldung (eWA)',
    title:
      'eWA: Wie gehen Sie mit Familien um, wenn nicht alle Personen die Online-Ausweisfunktion nutzen können?',
    author: 'kommune:05111000',
    daysAgo: 21,
    body: 'Bei Umzügen von Familien kommt es häufig vor, dass ein Elternteil die Online-Ausweisfunktion nutzen kann, der andere aber nicht, oder dass minderjährige Kinder mit angemeldet werden sollen. Können diese Personen über eine Anmeldung mit erfasst werden, oder müssen sie ins Bürgerbüro kommen?',
    replies: [
      {
        author: 'land:HH',
        hoursAfterQuestion: 21,
        body: `Der Online-Dienst erlaubt die Anmeldung **mitziehender Personen**, etwa minderjähriger Kinder, durch eine antragstellende Person mit Online-Ausweis. Für volljährige Personen gelten die melderechtlichen Vorgaben; ob diese mit angemeldet werden können, hängt von der jeweiligen Konstellation ab.

Wichtig für die Praxis: Die Anmeldung wird erst wirksam, wenn die Meldebehörde sie im Fachverfahren verarbeitet hat. Wir empfehlen, die Hinweistexte im Dienst so zu gestalten, dass Familien vorab erkennen, ob sie online vollständig anmelden können.`,
      },
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 48,
        body: 'In Köln beobachten wir bei Familien einen Anteil von Fällen, die trotzdem noch ins Bürgerbüro kommen – meist wegen der Adressänderung im Ausweis des zweiten Elternteils. Das sollte man in der Kommunikation offen ansprechen.',
      },
    ],
  },

  // ───────────────────────────── Sondernutzung von Straßen (HH) ─────────────────────────────
  {
    topic: 'Sondernutzung von Straßen',
    title:
      'Sondernutzung: Kann der Online-Dienst unsere Gebühren nach der kommunalen Sondernutzungssatzung berechnen?',
    author: 'kommune:08111000',
    daysAgo: 49,
    body: 'Unsere Sondernutzungsgebühren hängen von Zone, Fläche und Dauer ab. Wir würden gern im Online-Antrag bereits eine voraussichtliche Gebühr anzeigen, damit Antragstellende nicht überrascht werden. Ist eine kommunenspezifische Gebührenberechnung vorgesehen, oder zeigt der Dienst nur einen Hinweis an?',
    replies: [
      {
        author: 'land:HH',
        hoursAfterQuestion: 50,
        body: `Eine verbindliche Gebührenberechnung je Satzung bildet der Online-Dienst derzeit nicht ab – die Festsetzung erfolgt weiterhin durch Ihre Behörde. Möglich ist ein **Hinweistext mit Gebührenspannen** je Kommune, den Sie selbst pflegen.

Wir prüfen für eine spätere Ausbaustufe eine einfache Kalkulation auf Basis von Fläche und Dauer. Wenn Sie Ihre Zonen- und Gebührensystematik beisteuern möchten, hilft uns das bei der Bewertung, ob sich das über viele Satzungen hinweg sinnvoll verallgemeinern lässt.`,
      },
    ],
  },

  // ───────────────────────────── Veranstaltungserlaubnis (HH) ─────────────────────────────
  {
    topic: 'Veranstaltungserlaubnis',
    title:
      'Veranstaltungserlaubnis: Wie beteiligen Sie Polizei, Feuerwehr und Ordnungsamt bei Großveranstaltungen?',
    author: 'kommune:14713000',
    daysAgo: 14,
    body: 'Für größere Veranstaltungen müssen wir Polizei, Feuerwehr und weitere Stellen beteiligen. Der Antrag kommt zwar online, die Beteiligung organisieren wir aber noch per E-Mail mit PDF-Anhängen. Wie machen das andere Kommunen, die den Dienst schon nutzen?',
    replies: [
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 20,
        body: 'Wir nutzen für die Beteiligung ein gemeinsames Funktionspostfach mit strukturierten Betreffzeilen und Fristen aus dem Fachverfahren. Medienbruchfrei ist das noch nicht, aber es ist nachvollziehbar. Eine echte digitale Beteiligung der Polizei scheitert bei uns bisher an den unterschiedlichen Systemen.',
      },
      {
        author: 'kommune:09162000',
        hoursAfterQuestion: 46,
        body: 'Ähnlich in München. Hilfreich war, mit der Polizei eine feste Frist und eine Checkliste zu vereinbaren, welche Unterlagen sie bei welcher Veranstaltungsgröße braucht. Damit sind die Rückfragen deutlich weniger geworden.',
      },
    ],
  },

  // ───────────────────────────── Internetbasierte Fahrzeugzulassung (BW) ─────────────────────────────
  {
    topic: 'Internetbasierte Fahrzeugzulassung (i-Kfz)',
    title: 'i-Kfz: Bezahlung der Zulassungsgebühren über ePayBL im kommunalen Portal – Erfahrungen?',
    author: 'kommune:06611000',
    daysAgo: 57,
    body: `Wir betreiben die internetbasierte Zulassung über ein kommunales Portal und wollen die Bezahlung auf ePayBL umstellen. Bisher nutzen wir einen separaten Zahlungsdienstleister.

Gibt es Erfahrungen mit der Umstellung, insbesondere bei der Zuordnung der Zahlungen zu den einzelnen Vorgängen in der Zulassungsbehörde?`,
    replies: [
      {
        author: 'land:BW',
        hoursAfterQuestion: 64,
        body: `Der Rahmen für i-Kfz wird vom Bund vorgegeben, die Portale betreiben Länder und Kommunen. Die Anbindung von ePayBL ist in mehreren Portalen umgesetzt.

Worauf Sie achten sollten:

- ein eindeutiges **Kassenzeichen je Vorgang**, das aus dem Portal an ePayBL übergeben wird,
- die Abstimmung mit Ihrer Stadtkasse, wie die Sammelbuchungen aufgeteilt werden,
- eine klare Regelung für abgebrochene oder doppelte Zahlungen.

Ihre Landeskoordination in Hessen kann Ihnen sagen, ob es bereits einen passenden Mandanten gibt.`,
      },
      {
        author: 'kommune:08111000',
        hoursAfterQuestion: 80,
        body: 'Wir haben die Umstellung in Stuttgart hinter uns. Der aufwendigste Teil war nicht die Technik, sondern die Abstimmung mit der Kasse zur Verbuchung. Planen Sie dafür mehr Zeit ein als für die Anbindung.',
      },
    ],
  },

  // ───────────────────────────── BAföG Digital (ST) ─────────────────────────────
  {
    topic: 'BAföG Digital',
    title:
      'BAföG Digital: Können auch kommunale Ämter für Ausbildungsförderung (Schüler-BAföG) angebunden werden?',
    author: 'kommune:15003000',
    daysAgo: 86,
    body: 'Unser Amt für Ausbildungsförderung bearbeitet Schüler-BAföG. Die Studierenden nutzen BAföG Digital bereits, bei uns kommen aber noch viele Papieranträge an. Ist der Online-Dienst auch für kommunale Ämter vorgesehen, und was müssten wir technisch tun?',
    replies: [
      {
        author: 'land:ST',
        hoursAfterQuestion: 10,
        body: `Ja, der Antragsassistent richtet sich an alle Ämter für Ausbildungsförderung, also auch an die kommunalen Ämter für Schülerinnen und Schüler.

Technisch benötigen Sie:

1. die Anbindung Ihres BAföG-Fachverfahrens an den Empfangsweg des Online-Dienstes,
2. die korrekte Zuständigkeit Ihres Amts für die Schülerleistungen im Redaktionssystem,
3. einen kurzen Test mit einem Beispielantrag.

Da das BAföG-Fachverfahren in den Ländern meist zentral betrieben wird, ist Punkt 1 in der Regel Aufgabe des Landes bzw. des Landesbetreibers. Sprechen Sie bitte zuerst Ihre Landeskoordination an.`,
      },
      {
        author: 'kommune:15003000',
        hoursAfterQuestion: 34,
        body: 'Danke, das hat sich geklärt: Die Anbindung läuft bei uns über den Landesbetrieb, wir mussten nur die Zuständigkeit korrigieren.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── ELFE (HB) ─────────────────────────────
  {
    topic: 'ELFE – Einfach Leistungen für Eltern',
    title:
      'ELFE: Welche Voraussetzungen muss unser Standesamt für die Geburtsanzeige und Namensbestimmung erfüllen?',
    author: 'kommune:06611000',
    daysAgo: 100,
    body: `Wir möchten ELFE in unserem Standesamt einführen. Besonders interessiert uns, wie die Namensbestimmung online erklärt wird und wie die Geburtsurkunde anschließend an Elterngeld- und Kindergeldstellen weitergegeben wird.

Welche technischen und organisatorischen Voraussetzungen müssen wir als Standesamt erfüllen?`,
    replies: [
      {
        author: 'land:HB',
        hoursAfterQuestion: 36,
        body: `ELFE bündelt mehrere Leistungen rund um die Geburt. Für Ihr Standesamt bedeutet das im Kern:

- **Geburtsanzeige der Klinik** liegt bei Ihnen elektronisch vor (das ist die Grundlage),
- die Eltern geben die **Namenserklärung** online ab; Sie erhalten sie strukturiert über den Empfangsweg in Ihr Personenstandsfachverfahren,
- mit Einwilligung der Eltern werden die erforderlichen Daten an Elterngeld- und Kindergeldstelle weitergegeben, sodass dort keine Papierurkunde vorgelegt werden muss.

Organisatorisch sollten Sie mit den Geburtskliniken in Ihrem Bezirk klären, ob die elektronische Geburtsanzeige genutzt wird – das ist nach unserer Erfahrung der häufigste Engpass. Ihre Landeskoordination weiß, ob Hessen die Leistung bereits landesweit bereitstellt.`,
      },
      {
        author: 'demo:land',
        hoursAfterQuestion: 60,
        body: 'Aus Hessen: Wir stimmen die landesweite Bereitstellung mit Bremen ab und melden uns bei den Standesämtern mit den Einzelheiten. Kassel haben wir als Interessenten notiert.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Unterhaltsvorschuss Online (HB) ─────────────────────────────
  {
    topic: 'Unterhaltsvorschuss Online',
    title: 'Unterhaltsvorschuss Online: Übergabe an das Fachverfahren der UVG-Stelle per FIT-Connect',
    author: 'kommune:16051000',
    daysAgo: 11,
    body: 'Unsere Unterhaltsvorschussstelle nutzt ein Fachverfahren, das laut Hersteller FIT-Connect-Zustellungen empfangen kann. Wir wollen Unterhaltsvorschuss Online anbinden und fragen uns, ob wir dafür zusätzlich eine Datenschutz-Folgenabschätzung und einen AV-Vertrag mit dem Betreiber benötigen.',
    replies: [
      {
        author: 'land:HB',
        hoursAfterQuestion: 26,
        body: `Zur Technik: Wenn Ihr Fachverfahren FIT-Connect-Zustellungen empfangen kann, brauchen Sie nur noch einen Zustellpunkt und die gepflegte Zuständigkeit – dann ist die Anbindung überschaubar.

Zum Datenschutz:

- Die **Datenschutz-Folgenabschätzung** für den Online-Dienst liegt beim Betreiber vor und wird den nachnutzenden Ländern zur Verfügung gestellt. Sie können sich darauf stützen und ergänzen nur Ihre eigene Verarbeitung im Fachverfahren.
- Ob ein **AV-Vertrag** erforderlich ist oder die Verarbeitung in gemeinsamer Verantwortung erfolgt, ist in den Verträgen zwischen den Ländern geregelt. Nach unserem Stand müssen Kommunen keinen eigenen AV-Vertrag mit dem Betreiber schließen; bitte lassen Sie sich das aber von Ihrer Landeskoordination bestätigen.`,
      },
      {
        author: 'land:TH',
        hoursAfterQuestion: 40,
        body: 'Aus Thüringen kann ich das bestätigen: Die Unterlagen zur Datenschutz-Folgenabschätzung liegen uns vor, wir stellen sie den Kommunen auf Anfrage zur Verfügung. Ein separater AV-Vertrag der Kommune ist bei uns nicht vorgesehen.',
      },
      {
        author: 'kommune:16051000',
        hoursAfterQuestion: 47,
        body: 'Vielen Dank, das hilft unserer behördlichen Datenschutzbeauftragten sehr. Wir fordern die Unterlagen an.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Elterngeld Digital ─────────────────────────────
  {
    topic: 'Elterngeld Digital',
    title:
      'Elterngeld Digital: Kommen die Anträge bei Ihnen vollständig elektronisch an, oder wird noch ausgedruckt und unterschrieben?',
    author: 'kommune:05111000',
    daysAgo: 8,
    body: 'Unsere Elterngeldstelle erhält einen Teil der Anträge über Elterngeld Digital, viele Eltern reichen aber zusätzlich ausgedruckte und unterschriebene Unterlagen nach. Wir wollen verstehen, ob das an unserer Kommunikation liegt oder am Verfahren selbst. Wie ist das bei anderen Elterngeldstellen?',
    replies: [
      {
        author: 'kommune:05315000',
        hoursAfterQuestion: 7,
        body: 'Bei uns kam das vor allem vor, wenn Eltern nicht wussten, ob ihr Antrag mit der Online-Ausweisfunktion bereits vollständig ist. Wir haben die Eingangsbestätigung um einen Satz ergänzt („Sie müssen nichts ausdrucken oder nachsenden“). Seitdem sind die Doppeleinreichungen deutlich zurückgegangen.',
      },
    ],
  },

  // ───────────────────────────── Aufenthaltstitel (BB) ─────────────────────────────
  {
    topic: 'Aufenthaltstitel',
    title:
      'Aufenthaltstitel: Wie organisieren Sie Terminvergabe und Abnahme der Fingerabdrücke nach dem Online-Antrag?',
    author: 'kommune:09162000',
    daysAgo: 55,
    body: `Unsere Ausländerbehörde hat sehr hohe Fallzahlen. Der Online-Antrag auf Verlängerung des Aufenthaltstitels entlastet uns bei der Antragsaufnahme, aber für die Abnahme der Fingerabdrücke und die Ausgabe des elektronischen Aufenthaltstitels müssen die Menschen weiterhin kommen.

Gibt es im Online-Dienst eine Anbindung an eine Terminverwaltung? Und wie wird die Fiktionsbescheinigung gehandhabt, wenn der Termin erst nach Ablauf des alten Titels stattfindet?`,
    replies: [
      {
        author: 'land:BB',
        hoursAfterQuestion: 44,
        body: `Eine direkte Anbindung an kommunale Terminverwaltungen gibt es im Online-Dienst nicht, weil die Systeme sehr unterschiedlich sind. Der Dienst liefert Ihnen aber alle Antragsdaten strukturiert über XAusländer, sodass Ihr Fachverfahren bzw. Ihre Terminverwaltung die Einladung automatisch erzeugen kann.

Zur Fiktionsbescheinigung: Nach unserem Verständnis tritt die Fiktionswirkung mit rechtzeitiger Antragstellung ein – auch bei Online-Anträgen. Mehrere Ausländerbehörden stellen die Bescheinigung inzwischen elektronisch bzw. per Post aus, damit kein zusätzlicher Termin entsteht. Die rechtliche Bewertung im Einzelfall bleibt natürlich bei Ihrer Behörde.`,
      },
      {
        author: 'land:BY',
        hoursAfterQuestion: 70,
        body: 'Aus Bayern ergänzend: Wir haben mit einigen Ausländerbehörden gute Erfahrungen mit einem Versand der Bestätigung über das Postfach des Servicekontos gemacht. Sprechen Sie uns gern an, wenn Sie das in München aufgreifen möchten.',
      },
      {
        author: 'kommune:09162000',
        hoursAfterQuestion: 94,
        body: 'Danke, die Kopplung über die XAusländer-Daten an unsere Terminverwaltung prüfen wir mit dem Hersteller. Die Hinweise zur Fiktionsbescheinigung helfen sehr.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Einbürgerung (NW) ─────────────────────────────
  {
    topic: 'Einbürgerung',
    title:
      'Einbürgerung: Wie bewältigen Sie die Antragszahlen – Vorprüfung online oder direkt vollständiger Antrag?',
    author: 'kommune:08111000',
    daysAgo: 6,
    body: 'Unsere Einbürgerungsbehörde kommt mit den Antragszahlen kaum hinterher. Wir überlegen, ob wir den Online-Antrag sofort für alle öffnen oder zunächst eine Online-Vorprüfung vorschalten, damit nur vollständige Anträge eingehen. Welche Erfahrungen haben andere Kommunen gemacht?',
    replies: [
      {
        author: 'demo:kommune',
        hoursAfterQuestion: 28,
        body: `Wir in Wiesbaden stehen vor derselben Entscheidung. Was wir bisher gelernt haben:

- Eine Vorprüfung ohne Nachweise bringt wenig, weil die Nachweise der eigentliche Aufwand sind.
- Wichtiger ist eine gute **Checkliste der Nachweise** vor dem Antrag, damit der Antrag vollständig eingeht.

Uns würde interessieren, ob das federführende Land eine Empfehlung hat.`,
      },
    ],
  },

  // ───────────────────────────── Jagdschein (NW) ─────────────────────────────
  {
    topic: 'Jagdschein',
    title: 'Jagdschein: Welches Vertrauensniveau ist nötig, und reicht die BundID mit Online-Ausweis?',
    author: 'kommune:07315000',
    daysAgo: 30,
    body: 'Für die Verlängerung des Jagdscheins ist nach unserem Verständnis das Vertrauensniveau „hoch“ erforderlich. Heißt das, dass Antragstellende zwingend die Online-Ausweisfunktion benötigen, oder genügt ein Konto mit Benutzername und Passwort? Wir wollen die Bürgerinformation entsprechend formulieren.',
    replies: [
      {
        author: 'land:NW',
        hoursAfterQuestion: 15,
        body: `Für den Online-Dienst Jagdschein ist das Vertrauensniveau **hoch** vorgesehen. Praktisch bedeutet das die Anmeldung mit der **Online-Ausweisfunktion** (Personalausweis, eID-Karte oder elektronischer Aufenthaltstitel) über das Servicekonto bzw. die BundID. Ein Konto nur mit Benutzername und Passwort reicht nicht.

Für Ihre Bürgerinformation empfehlen wir einen Hinweis auf die Voraussetzungen (PIN bekannt, Smartphone-App oder Kartenlesegerät) – das vermeidet abgebrochene Anträge.`,
      },
      {
        author: 'kommune:07315000',
        hoursAfterQuestion: 42,
        body: 'Vielen Dank. Wir ergänzen die Bürgerinformation und verweisen auf die Hilfe zur PIN-Rücksetzung.',
      },
    ],
  },

  // ───────────────────────────── Ehrenamtskarte (NW) ─────────────────────────────
  {
    topic: 'Ehrenamtskarte',
    title:
      'Ehrenamtskarte: Wie bestätigen Vereine das Engagement digital, ohne dass wir Papiernachweise brauchen?',
    author: 'kommune:13004000',
    daysAgo: 18,
    body: 'Für die Ehrenamtskarte muss das Engagement durch den Verein oder die Organisation bestätigt werden. Bisher kommt diese Bestätigung bei uns auf Papier. Gibt es im Online-Dienst eine Möglichkeit, dass der Verein digital bestätigt, zum Beispiel über einen Link? Wie lösen das andere Kommunen?',
    replies: [
      {
        author: 'org:DStGB',
        hoursAfterQuestion: 60,
        body: 'Die Frage ist aus Sicht vieler kleiner Gemeinden zentral, weil gerade Vereine ohne hauptamtliche Strukturen mit Papierbestätigungen viel Aufwand haben. Wir würden eine digitale Bestätigung ohne Anmeldepflicht für den Verein sehr begrüßen und haben das Anliegen an das federführende Land weitergegeben.',
      },
      {
        author: 'kommune:05111000',
        hoursAfterQuestion: 84,
        body: 'In Düsseldorf lassen wir die Bestätigung derzeit als Upload eines unterschriebenen Formulars zu. Das ist ein Zwischenschritt, spart aber zumindest den Postweg.',
      },
    ],
  },

  // ───────────────────────────── Sozialplattform (NW) ─────────────────────────────
  {
    topic: 'Sozialplattform',
    title: 'Sozialplattform: Was bedeutet das Vertretermodell konkret für unser Sozialamt?',
    author: 'kommune:16051000',
    daysAgo: 42,
    body: 'Im Zusammenhang mit der Sozialplattform lesen wir immer wieder vom Vertretermodell. Uns ist nicht klar, wer dabei wen vertritt und ob unser Sozialamt selbst Verträge abschließen oder Beiträge zahlen muss. Können Sie das für eine Kommune verständlich einordnen?',
    replies: [
      {
        author: 'land:NW',
        hoursAfterQuestion: 48,
        body: `Gern, vereinfacht dargestellt:

- Beim **Vertretermodell** handelt ein Land stellvertretend für seine Kommunen. Die Kommunen treten der Nachnutzung nicht einzeln bei, sondern werden über ihr Land einbezogen.
- Für Ihr Sozialamt heißt das: Sie benötigen **keinen eigenen Vertrag** mit dem Betreiber der Sozialplattform. Welche Regelungen zur Kostenbeteiligung es zwischen Land und Kommunen gibt, legt jedes Land selbst fest.
- Ihre Aufgaben sind die organisatorische Einführung, die Pflege der Zuständigkeiten und gegebenenfalls die Anbindung Ihres Fachverfahrens.

Wie Thüringen die Einbeziehung der Kommunen regelt, kann Ihnen Ihre Landeskoordination sagen.`,
      },
      {
        author: 'land:TH',
        hoursAfterQuestion: 75,
        body: 'Aus Thüringen: Wir informieren die Sozialämter in Kürze gesammelt über die Einbeziehung und die nächsten Schritte. Erfurt gehört zu den ersten Ansprechpartnern.',
      },
    ],
    acceptedReply: 0,
  },

  // ───────────────────────────── Sprengstofferlaubnis (RP) ─────────────────────────────
  {
    topic: 'Sprengstofferlaubnis',
    title:
      'Sprengstofferlaubnis: Sind in Baden-Württemberg überhaupt Kommunen zuständig – oder nur Landesbehörden?',
    author: 'kommune:08111000',
    daysAgo: 2,
    body: 'Wir haben eine Anfrage zum Online-Dienst Sprengstofferlaubnis erhalten und sind unsicher, ob die Zuständigkeit bei uns als Stadtkreis oder bei einer Landesbehörde liegt. Falls wir zuständig sind: Welche Behörde sollte als Empfänger hinterlegt werden, und gibt es schon Kommunen, die den Dienst nutzen?',
    replies: [],
  },

  // ───────────────────────────── Meldung übertragbarer Krankheiten ─────────────────────────────
  {
    topic: 'Meldung übertragbarer Krankheiten',
    title:
      'Meldungen nach dem IfSG: Wie verhält sich der Online-Dienst zu den Meldewegen, die unser Gesundheitsamt schon nutzt?',
    author: 'kommune:15003000',
    daysAgo: 13,
    body: 'Unser Gesundheitsamt erhält Meldungen über übertragbare Krankheiten auf verschiedenen Wegen, teils elektronisch, teils noch per Fax. Wir möchten vermeiden, dass mit einem weiteren Online-Dienst ein zusätzlicher Kanal entsteht, den wir parallel überwachen müssen. Wie haben andere Gesundheitsämter das gelöst?',
    replies: [
      {
        author: 'kommune:14713000',
        hoursAfterQuestion: 26,
        body: 'Bei uns laufen Labormeldungen bereits elektronisch über DEMIS. Für alle anderen Meldungen haben wir intern festgelegt, dass neue Online-Kanäle nur eingeführt werden, wenn sie im selben Eingangskorb landen wie die bestehenden elektronischen Meldungen. Ein zusätzliches Postfach hätten wir nicht zuverlässig besetzen können.',
      },
    ],
  },
];
