// The scripted live scenario for the AL-Runde (`npm run demo`, also driven by an e2e test).
// It acts only through the public GraphQL API with the demo accounts, like real users would.

const QUESTIONS = [
  {
    topic: 'Führerschein',
    title: 'Umtausch von Papierführerscheinen: Wie kommt der Antrag ohne Medienbruch zu uns?',
    body: 'Wir wollen den Pflichtumtausch ab Jahrgang 1971 über den Onlinedienst anbieten. Kommt der Antrag bei uns per **FIT-Connect** an, oder müssen wir ihn aus einem Postfach abholen?',
    answer:
      'Der Antrag wird über FIT-Connect an Ihren Zustellpunkt geroutet – Voraussetzung ist ein gepflegter Eintrag im DVDV. Eine Abholung aus einem Postfach ist nicht nötig; wir schicken Ihnen gern die Checkliste für die Anbindung.',
  },
  {
    topic: 'Ehe Online',
    title: 'Ehe Online: Welche Nachweise können Paare digital hochladen?',
    body: 'Unser Standesamt fragt, ob Geburtsurkunden aus anderen Bundesländern als Upload akzeptiert werden oder ob weiterhin Originale vorgelegt werden müssen.',
    answer:
      'Uploads werden im Dienst entgegengenommen; die Prüfung der Originale regelt weiterhin Ihr Standesamt. Einige Pilotkommunen lassen sich die Originale erst beim Termin zeigen – das hat sich bewährt.',
  },
  {
    topic: 'Verpflichtungserklärung',
    title: 'Verpflichtungserklärung: Wie wird die Bonitätsprüfung im Onlinedienst abgebildet?',
    body: 'Können Gastgeberinnen und Gastgeber ihre Einkommensnachweise direkt hochladen, und landen diese strukturiert in unserem Fachverfahren?',
    answer:
      'Ja, die Nachweise werden als Anlagen übermittelt, die Angaben zum Einkommen zusätzlich strukturiert. Ihr Fachverfahrenshersteller kann die Daten über die XAusländer-Nachricht übernehmen.',
  },
  {
    topic: 'Hundesteuer',
    title: 'Hundesteuer online: Wie übernehmen wir die Anmeldungen in unser Steuerverfahren?',
    body: 'Die Anmeldungen sollen ohne Abtippen im Kassenverfahren landen. Gibt es für die gängigen Fachverfahren bereits eine Schnittstelle, oder kommen die Daten als PDF?',
    answer:
      'Für die verbreiteten Finanzverfahren gibt es eine XML-Übergabe; das PDF bleibt nur als Lesefassung. Die Anbindung ist in der Regel an einem Tag eingerichtet – die Kontakte der Hersteller stehen im Thema.',
  },
  {
    topic: 'Kommunale Abgaben (Kurabgabe)',
    title: 'Kurabgabe: Können Gastgeber die Meldescheine gesammelt für den Monat übermitteln?',
    body: 'Unsere Beherbergungsbetriebe fragen, ob sie die Meldungen weiterhin gesammelt abgeben können oder ob jede Anreise einzeln erfasst werden muss.',
    answer:
      'Beides geht: Der Dienst nimmt Einzelmeldungen und Monatslisten im CSV-Format entgegen. Die Abrechnung gegenüber der Kommune erfolgt unverändert monatlich.',
  },
  {
    topic: 'Ehe Online',
    title: 'Ehe Online: Wie buchen Paare den Termin für die Eheschließung im Dienst?',
    body: 'Wir möchten die Terminvergabe unseres Standesamts anbinden. Übernimmt der Dienst die Buchung, oder verweisen wir auf unser eigenes Terminsystem?',
    answer:
      'Der Dienst kann auf Ihr Terminsystem verlinken oder freie Termine über die Terminschnittstelle anzeigen. Für den Start empfehlen wir den Link – die Anbindung lässt sich später nachrüsten.',
  },
];

// Kommunen that join during the demo: the first one is approved live by the scenario, the second one
// waits in the approval queue for the presenter (its address is not confirmed: the moderator vouches).
const NEWCOMERS = [
  { kommune: 'Kassel', name: 'Digitallotsin Stadt Kassel', slug: 'kassel' },
  { kommune: 'Potsdam', name: 'E-Government-Team Potsdam', slug: 'potsdam' },
  { kommune: 'Magdeburg', name: 'Bürgerservice Magdeburg', slug: 'magdeburg' },
  { kommune: 'Kiel', name: 'Digitalisierung Kiel', slug: 'kiel' },
];

async function gql(baseUrl, token, query, variables) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data;
}

async function login(baseUrl, email, password) {
  const data = await gql(baseUrl, null, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
    i: { email, password },
  });
  return data.login.token;
}

async function register(baseUrl, password, newcomer) {
  const orgs = await gql(
    baseUrl,
    null,
    `query($s: String) { organisations(kind: KOMMUNE, search: $s) { id } }`,
    {
      s: newcomer.kommune,
    },
  );
  const email = `${newcomer.slug}-${Date.now().toString(36)}@kommune.example`;
  const id = (
    await gql(baseUrl, null, `mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { email, password, displayName: newcomer.name, organisationId: orgs.organisations[0].id },
    })
  ).register.id;
  return { id, email };
}

async function findTopic(baseUrl, token, title) {
  const data = await gql(baseUrl, token, `{ boards { topics { id title } } }`);
  const topic = data.boards.flatMap((b) => b.topics).find((t) => t.title === title);
  if (!topic) throw new Error(`Topic "${title}" not found`);
  return topic.id;
}

/**
 * Plays the scenario once. `round` varies the content so that repeated rounds stay distinct.
 * Returns after the last step; `signal` (AbortSignal) stops between steps.
 */
export async function playScenario({
  baseUrl,
  password,
  stepMs = 8000,
  round = 0,
  log = console.log,
  signal,
  maxSteps = Infinity,
}) {
  const sleep = (ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      });
    });
  // Titles read like real questions: later rounds repeat them as they are (the presenter resets the data
  // with `npm run demo -- --reset` before a session).
  const q = QUESTIONS[round % QUESTIONS.length];
  const joining = NEWCOMERS[(2 * round) % NEWCOMERS.length];
  const waiting = NEWCOMERS[(2 * round + 1) % NEWCOMERS.length];
  const kommune = await login(baseUrl, 'kommune@demo.example', password);
  const land = await login(baseUrl, 'land@demo.example', password);
  const moderator = await login(baseUrl, 'moderator@demo.example', password);
  const topicId = await findTopic(baseUrl, kommune, q.topic);
  const ctx = {};
  const steps = [
    [
      'Landeshauptstadt Wiesbaden stellt eine Frage zu „' + q.topic + '“',
      async () => {
        ctx.thread = (
          await gql(baseUrl, kommune, `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, {
            i: { topicId, title: q.title, body: q.body },
          })
        ).createThread.id;
      },
    ],
    [
      'Das federführende Land Hessen antwortet offiziell',
      async () => {
        ctx.answer = (
          await gql(baseUrl, land, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
            i: { threadId: ctx.thread, body: q.answer },
          })
        ).createPost.id;
      },
    ],
    [
      'Wiesbaden markiert die Antwort als Lösung',
      async () => {
        await gql(baseUrl, kommune, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, {
          id: ctx.answer,
        });
      },
    ],
    [
      `Eine neue Kommune registriert sich (${joining.name})`,
      async () => {
        const account = await register(baseUrl, password, joining);
        ctx.newUser = account.id;
        ctx.newEmail = account.email;
      },
    ],
    [
      'Die Moderation schaltet das neue Konto frei (und bürgt für die noch unbestätigte Adresse)',
      async () => {
        await gql(
          baseUrl,
          moderator,
          `mutation($id: ID!) { approveUser(userId: $id, vouchForEmail: true) { id } }`,
          { id: ctx.newUser },
        );
      },
    ],
    [
      'Die neue Kommune bringt ihre Erfahrung ein',
      async () => {
        const token = await login(baseUrl, ctx.newEmail, password);
        ctx.newPost = (
          await gql(baseUrl, token, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
            i: {
              threadId: ctx.thread,
              body: 'Danke! Wir stehen vor derselben Frage und übernehmen die Checkliste gern. Gibt es auch Werbung für unsere Beratungsfirma hier? Jetzt Rabatt sichern!',
            },
          })
        ).createPost.id;
      },
    ],
    [
      'Wiesbaden meldet den Werbeanteil an die Moderation',
      async () => {
        await gql(baseUrl, kommune, `mutation($id: ID!) { flagPost(postId: $id, reason: "SPAM") { id } }`, {
          id: ctx.newPost,
        });
      },
    ],
    [
      'Die Moderation blendet den Beitrag aus (Audit-Log)',
      async () => {
        await gql(
          baseUrl,
          moderator,
          `mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung ist im Forum nicht erlaubt.") { id } }`,
          { id: ctx.newPost },
        );
      },
    ],
    [
      `Eine weitere Kommune registriert sich (${waiting.name}) und wartet auf Freischaltung – zum Freischalten in der Vorführung`,
      async () => {
        ctx.waitingUser = (await register(baseUrl, password, waiting)).id;
      },
    ],
  ];
  for (const [index, [text, run]] of steps.entries()) {
    if (index >= maxSteps) break;
    if (index > 0) await sleep(stepMs);
    await run();
    log(`[Demo] Schritt ${index + 1}/${steps.length}: ${text}`);
  }
  return ctx;
}
