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
  const q = QUESTIONS[round % QUESTIONS.length];
  const suffix = round >= QUESTIONS.length ? ` (${Math.floor(round / QUESTIONS.length) + 1})` : '';
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
            i: { topicId, title: q.title + suffix, body: q.body },
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
      'Eine neue Kommune registriert sich (Stadt Kassel)',
      async () => {
        const orgs = await gql(baseUrl, null, `{ organisations(kind: KOMMUNE, search: "Kassel") { id } }`);
        ctx.newEmail = `digitalisierung-${Date.now().toString(36)}@kassel.example`;
        ctx.newUser = (
          await gql(baseUrl, null, `mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
            i: {
              email: ctx.newEmail,
              password,
              displayName: `Digitallotsin Kassel ${round + 1}`,
              organisationId: orgs.organisations[0].id,
            },
          })
        ).register.id;
      },
    ],
    [
      'Die Moderation schaltet das neue Konto frei',
      async () => {
        await gql(baseUrl, moderator, `mutation($id: ID!) { approveUser(userId: $id) { id } }`, {
          id: ctx.newUser,
        });
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
              body: 'Danke! Wir in Kassel stehen vor derselben Frage und übernehmen die Checkliste gern. Gibt es auch Werbung für unsere Beratungsfirma hier? Jetzt Rabatt sichern!',
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
  ];
  for (const [index, [text, run]] of steps.entries()) {
    if (index >= maxSteps) break;
    if (index > 0) await sleep(stepMs);
    await run();
    log(`[Demo] Schritt ${index + 1}/${steps.length}: ${text}`);
  }
  return ctx;
}
