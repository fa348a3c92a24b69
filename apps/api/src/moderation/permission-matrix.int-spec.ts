import fs from 'node:fs';
import path from 'node:path';
import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import {
  addBoardModerator,
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  TEST_PASSWORD,
  type TestUser,
  uuid,
} from '../../test/factories';
import type { DataSource } from 'typeorm';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';
import { connectSocket, emitWithAck } from '../../test/sockets';

// PRODUCT.md "Who may do what" as an executable table: every mutation of the public contract (and the
// moderation/administration operations added by issue 4) is run as each persona against fresh fixtures.
// Allowed → no error at all; denied → FORBIDDEN, or UNAUTHENTICATED for guests.

const PERSONAS = [
  'guest',
  'pending',
  'user',
  'author',
  'otherBoardMod',
  'boardMod',
  'moderator',
  'admin',
] as const;
type Persona = (typeof PERSONAS)[number];

const EVERYONE: readonly Persona[] = PERSONAS;
const ACTIVE: readonly Persona[] = ['user', 'author', 'otherBoardMod', 'boardMod', 'moderator', 'admin'];
const ASKER_OR_BOARD_MODERATION: readonly Persona[] = ['author', 'boardMod', 'moderator', 'admin'];
const BOARD_MODERATION: readonly Persona[] = ['boardMod', 'moderator', 'admin'];
const ANY_MODERATION: readonly Persona[] = ['otherBoardMod', 'boardMod', 'moderator', 'admin'];
const GLOBAL_MODERATION: readonly Persona[] = ['moderator', 'admin'];
const ADMIN_ONLY: readonly Persona[] = ['admin'];

/** Fresh fixtures for one (operation, persona) pair. */
interface World {
  land: string;
  boardA: string;
  boardB: string;
  topicA: string;
  topicA2: string;
  topicB: string;
  /** A question by `author` in topicA (board A, moderated by `boardMod`). */
  threadId: string;
  /** A second question in topicA, by someone else (merge source). */
  otherThreadId: string;
  /** A reply by `replier` to threadId. */
  replyId: string;
  /** An open flag on replyId by a third user. */
  flagId: string;
  /** A post by the acting persona (guest: the reply). */
  ownPostId: string;
  /** Targets of account operations: a pending registration, an active and a suspended account. */
  pendingTarget: string;
  activeTarget: TestUser;
  suspendedTarget: string;
  allowedDomain: string;
  users: Record<Exclude<Persona, 'guest'>, TestUser>;
}

/** How an operation ended, whatever the transport (GraphQL now; Socket.IO rows can map their acks). */
interface Outcome {
  code: string | undefined;
  errors?: unknown;
}

interface Case {
  name: string;
  allowed: readonly Persona[];
  /** Schema field the case needs; cases whose field is not in schema.gql yet are skipped. */
  requires?: string;
  run(t: TestApp, w: World, as: Persona): Promise<Outcome>;
}

const fromGql = (res: GqlResult): Outcome => ({ code: errorCode(res), errors: res.errors });

function call(query: string, variables: (w: World, as: Persona) => Record<string, unknown>) {
  return async (t: TestApp, w: World, as: Persona) =>
    fromGql(await t.gql(query, variables(w, as), as === 'guest' ? undefined : { token: w.users[as].token }));
}

const GRAPHQL_CASES: Case[] = [
  // --- contract, first block ---
  {
    name: 'register',
    allowed: EVERYONE,
    run: call(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, (w) => ({
      i: {
        email: `neu-${uuid()}@kommune.example`,
        password: 'Sicheres-Passwort-1',
        displayName: 'Neue Person',
        organisationId: w.users.user.organisationId,
      },
    })),
  },
  {
    name: 'login',
    allowed: EVERYONE,
    run: call(`mutation($i: LoginInput!) { login(input: $i) { token } }`, (w) => ({
      i: { email: w.activeTarget.email, password: TEST_PASSWORD },
    })),
  },
  { name: 'logout', allowed: EVERYONE, run: call(`mutation { logout }`, () => ({})) },
  {
    name: 'createThread',
    allowed: ACTIVE,
    run: call(`mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, (w) => ({
      i: { topicId: w.topicA, title: 'Eine neue Frage zur Anbindung', body: 'Text' },
    })),
  },
  {
    name: 'createPost (reply)',
    allowed: ACTIVE,
    run: call(`mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, (w) => ({
      i: { threadId: w.threadId, body: 'Eine Antwort' },
    })),
  },
  {
    name: 'editPost (own post)',
    allowed: ACTIVE,
    run: call(`mutation($i: EditPostInput!) { editPost(input: $i) { id } }`, (w) => ({
      i: { postId: w.ownPostId, body: 'Geänderter Text' },
    })),
  },
  {
    name: 'deletePost (own post)',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, (w) => ({ id: w.ownPostId })),
  },
  {
    name: "editPost (someone else's post)",
    allowed: BOARD_MODERATION,
    run: call(`mutation($i: EditPostInput!) { editPost(input: $i) { id } }`, (w) => ({
      i: { postId: w.replyId, body: 'Von der Moderation geändert' },
    })),
  },
  {
    name: "deletePost (someone else's post)",
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, (w) => ({ id: w.replyId })),
  },
  {
    name: 'acceptAnswer',
    allowed: ASKER_OR_BOARD_MODERATION,
    run: call(`mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, (w) => ({ id: w.replyId })),
  },
  {
    name: 'markNotificationsRead',
    requires: 'markNotificationsRead(',
    allowed: ACTIVE,
    run: call(`mutation { markNotificationsRead }`, () => ({})),
  },
  // --- contract, moderation block ---
  {
    name: 'watch',
    requires: 'watch(',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { watch(targetType: THREAD, targetId: $id, level: WATCHING) }`, (w) => ({
      id: w.threadId,
    })),
  },
  {
    name: 'flagPost',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { flagPost(postId: $id, reason: "spam") { id } }`, (w) => ({
      id: w.replyId,
    })),
  },
  {
    name: 'resolveFlag',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { resolveFlag(flagId: $id) { id } }`, (w) => ({ id: w.flagId })),
  },
  {
    name: 'approveUser',
    allowed: GLOBAL_MODERATION,
    run: call(`mutation($id: ID!) { approveUser(userId: $id) { id } }`, (w) => ({ id: w.pendingTarget })),
  },
  {
    name: 'suspendUser',
    allowed: GLOBAL_MODERATION,
    run: call(`mutation($id: ID!) { suspendUser(userId: $id, reason: "Beleidigungen") { id } }`, (w) => ({
      id: w.activeTarget.id,
    })),
  },
  {
    name: 'lockThread',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { lockThread(threadId: $id, locked: true) { id } }`, (w) => ({
      id: w.threadId,
    })),
  },
  {
    name: 'pinThread',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { pinThread(threadId: $id, pinned: true) { id } }`, (w) => ({
      id: w.threadId,
    })),
  },
  {
    name: 'moveThread (within the board)',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, topicId: $to) { id } }`, (w) => ({
      id: w.threadId,
      to: w.topicA2,
    })),
  },
  {
    name: 'mergeThreads (within the board)',
    allowed: BOARD_MODERATION,
    run: call(
      `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id } }`,
      (w) => ({ s: w.otherThreadId, t: w.threadId }),
    ),
  },
  {
    name: 'hidePost',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { hidePost(postId: $id, reason: "Beleidigend") { id } }`, (w) => ({
      id: w.replyId,
    })),
  },
  {
    name: 'pendingUsers',
    allowed: GLOBAL_MODERATION,
    run: call(`{ pendingUsers { totalCount } }`, () => ({})),
  },
  {
    name: 'flags',
    allowed: ANY_MODERATION,
    run: call(`{ flags { totalCount } }`, () => ({})),
  },
  {
    name: 'auditLog',
    allowed: GLOBAL_MODERATION,
    run: call(`{ auditLog { totalCount } }`, () => ({})),
  },
  // --- reading (first row of the table) ---
  {
    name: 'boards / topic / thread',
    allowed: ACTIVE,
    run: call(
      `query($t: ID!, $th: ID!) { boards { id } topic(id: $t) { id } thread(id: $th) { id } }`,
      (w) => ({
        t: w.topicA,
        th: w.threadId,
      }),
    ),
  },
  {
    name: 'search',
    requires: 'search(',
    allowed: ACTIVE,
    run: call(`{ search(query: "Fachverfahren") { totalCount } }`, () => ({})),
  },
  {
    name: 'notifications',
    requires: 'notifications(',
    allowed: ACTIVE,
    run: call(`{ notifications { totalCount } }`, () => ({})),
  },
  // --- e-mail: notification preferences and digest (notifications/, mail/) ---
  {
    name: 'notificationPreferences / digestFrequency',
    requires: 'notificationPreferences:',
    allowed: ACTIVE,
    run: call(`{ notificationPreferences { type inApp email } digestFrequency }`, () => ({})),
  },
  {
    name: 'setNotificationPreference',
    requires: 'setNotificationPreference(',
    allowed: ACTIVE,
    run: call(
      `mutation { setNotificationPreference(type: REPLY, inApp: true, email: true) { type } }`,
      () => ({}),
    ),
  },
  {
    name: 'setDigestFrequency',
    requires: 'setDigestFrequency(',
    allowed: ACTIVE,
    run: call(`mutation { setDigestFrequency(frequency: DAILY) }`, () => ({})),
  },
  {
    name: 'requestEmailConfirmation',
    requires: 'requestEmailConfirmation(',
    allowed: EVERYONE,
    run: call(`mutation { requestEmailConfirmation(email: "niemand@kommune.example") }`, () => ({})),
  },
  // --- further moderation operations (issue 4) ---
  {
    name: 'resolveFlagsForPost',
    allowed: BOARD_MODERATION,
    run: call(`mutation($id: ID!) { resolveFlagsForPost(postId: $id, dismiss: true) { id } }`, (w) => ({
      id: w.replyId,
    })),
  },
  {
    name: 'rejectUser',
    allowed: GLOBAL_MODERATION,
    run: call(`mutation($id: ID!) { rejectUser(userId: $id, reason: "Keine Behörde") { id } }`, (w) => ({
      id: w.pendingTarget,
    })),
  },
  {
    name: 'unsuspendUser',
    allowed: GLOBAL_MODERATION,
    run: call(`mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`, (w) => ({ id: w.suspendedTarget })),
  },
  // --- administration: boards, topics, moderators ---
  {
    name: 'assignBoardModerator',
    allowed: ADMIN_ONLY,
    run: call(`mutation($b: ID!, $u: ID!) { assignBoardModerator(boardId: $b, userId: $u) { id } }`, (w) => ({
      b: w.boardA,
      u: w.activeTarget.id,
    })),
  },
  {
    name: 'removeBoardModerator',
    allowed: ADMIN_ONLY,
    run: call(`mutation($b: ID!, $u: ID!) { removeBoardModerator(boardId: $b, userId: $u) { id } }`, (w) => ({
      b: w.boardB,
      u: w.users.otherBoardMod.id,
    })),
  },
  {
    name: 'createBoard',
    allowed: ADMIN_ONLY,
    run: call(`mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }`, () => ({
      i: { slug: `neu-${uuid().slice(0, 8)}`, title: 'Neuer Bereich' },
    })),
  },
  {
    name: 'updateBoard',
    allowed: ADMIN_ONLY,
    run: call(`mutation($i: UpdateBoardInput!) { updateBoard(input: $i) { id } }`, (w) => ({
      i: { boardId: w.boardA, title: 'Umbenannter Bereich' },
    })),
  },
  {
    name: 'reorderBoards',
    allowed: ADMIN_ONLY,
    async run(t, w, as) {
      const rows: { id: string }[] = await t.ds.query('SELECT id FROM boards ORDER BY position DESC, id');
      return call(`mutation($ids: [ID!]!) { reorderBoards(boardIds: $ids) { id } }`, () => ({
        ids: rows.map((r) => r.id),
      }))(t, w, as);
    },
  },
  {
    name: 'createTopic',
    allowed: ADMIN_ONLY,
    run: call(`mutation($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, (w) => ({
      i: { boardId: w.boardA, title: 'Neue EfA-Leistung', leadLandId: w.land, leikaKey: '99001001000000' },
    })),
  },
  {
    name: 'updateTopic',
    allowed: ADMIN_ONLY,
    run: call(`mutation($i: UpdateTopicInput!) { updateTopic(input: $i) { id } }`, (w) => ({
      i: { topicId: w.topicA, serviceStatus: 'live', link: 'https://www.fitko.de' },
    })),
  },
  {
    name: 'setUserRole',
    allowed: ADMIN_ONLY,
    run: call(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, (w) => ({
      id: w.activeTarget.id,
    })),
  },
  {
    name: 'allowedEmailDomains',
    allowed: ADMIN_ONLY,
    run: call(`{ allowedEmailDomains { domain } }`, () => ({})),
  },
  {
    name: 'addAllowedEmailDomain',
    allowed: ADMIN_ONLY,
    run: call(`mutation($d: String!) { addAllowedEmailDomain(domain: $d, kind: KOMMUNE) { id } }`, () => ({
      d: `neu-${uuid().slice(0, 8)}.example`,
    })),
  },
  {
    name: 'removeAllowedEmailDomain',
    allowed: ADMIN_ONLY,
    run: call(`mutation($d: String!) { removeAllowedEmailDomain(domain: $d, kind: KOMMUNE) }`, (w) => ({
      d: w.allowedDomain,
    })),
  },
  // --- everyday comfort and data rights (issue 8) ---
  {
    name: 'latestThreads',
    allowed: ACTIVE,
    run: call(`{ latestThreads(unansweredOnly: true) { totalCount } }`, () => ({})),
  },
  {
    name: 'markThreadRead',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`, (w) => ({ id: w.threadId })),
  },
  {
    name: 'markAllRead',
    allowed: ACTIVE,
    run: call(`mutation($b: ID!) { markAllRead(boardId: $b) }`, (w) => ({ b: w.boardA })),
  },
  {
    name: 'bookmarkThread',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { bookmarkThread(threadId: $id, bookmarked: true) { id } }`, (w) => ({
      id: w.threadId,
    })),
  },
  { name: 'bookmarks', allowed: ACTIVE, run: call(`{ bookmarks { totalCount } }`, () => ({})) },
  {
    name: 'saveDraft',
    allowed: ACTIVE,
    run: call(`mutation($k: String!) { saveDraft(key: $k, body: "Entwurf") { key } }`, (w) => ({
      k: `thread:${w.threadId}`,
    })),
  },
  {
    name: 'draft',
    allowed: ACTIVE,
    run: call(`query($k: String!) { draft(key: $k) { key } }`, (w) => ({ k: `topic:${w.topicA}` })),
  },
  {
    name: 'deleteDraft',
    allowed: ACTIVE,
    run: call(`mutation($k: String!) { deleteDraft(key: $k) }`, (w) => ({ k: `thread:${w.threadId}` })),
  },
  {
    name: 'setHelpful',
    allowed: ACTIVE,
    run: call(`mutation($id: ID!) { setHelpful(postId: $id, helpful: true) { id } }`, (w) => ({
      id: w.replyId,
    })),
  },
  {
    name: 'changePassword',
    allowed: ACTIVE,
    run: call(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      () => ({
        c: TEST_PASSWORD,
        n: 'Ein-neues-Passwort-2026',
      }),
    ),
  },
  { name: 'exportMyData', allowed: ACTIVE, run: call(`{ exportMyData }`, () => ({})) },
  {
    name: 'deleteMyAccount',
    allowed: ACTIVE,
    run: call(`mutation($p: String!) { deleteMyAccount(password: $p) }`, () => ({ p: TEST_PASSWORD })),
  },
];

// Extension point for the real-time rules (PRODUCT.md: "for GraphQL and Socket.IO alike"): add rows here
// whose run() connects with socket.io-client as the persona (w.users[as].token) and maps a refused
// connection or join to { code: 'UNAUTHENTICATED' | 'FORBIDDEN' }. They run through the same matrix.
async function socketOutcome(
  t: TestApp,
  w: World,
  as: Persona,
  join?: { event: string; payload: (w: World) => unknown },
) {
  let socket;
  try {
    socket = await connectSocket(t.url, as === 'guest' ? {} : { token: w.users[as].token });
  } catch (err) {
    return { code: (err as Error).message };
  }
  try {
    if (!join) return { code: undefined };
    const ack = await emitWithAck<{ ok: boolean; code?: string }>(socket, join.event, join.payload(w));
    return ack.ok ? { code: undefined } : { code: ack.code, errors: [ack] };
  } finally {
    socket.close();
  }
}

const SOCKET_CASES: Case[] = [
  { name: 'socket connect', allowed: ACTIVE, run: (t, w, as) => socketOutcome(t, w, as) },
  {
    name: 'socket thread:join',
    allowed: ACTIVE,
    run: (t, w, as) =>
      socketOutcome(t, w, as, { event: 'thread:join', payload: (x) => ({ threadId: x.threadId }) }),
  },
  {
    name: 'socket topic:join',
    allowed: ACTIVE,
    run: (t, w, as) =>
      socketOutcome(t, w, as, { event: 'topic:join', payload: (x) => ({ topicId: x.topicA }) }),
  },
  {
    name: 'socket activity:join',
    allowed: ACTIVE,
    run: (t, w, as) => socketOutcome(t, w, as, { event: 'activity:join', payload: () => ({}) }),
  },
];

const CASES = [...GRAPHQL_CASES, ...SOCKET_CASES];

// Operations of engineers working concurrently appear once schema.gql has them.
const SCHEMA = fs.readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8');

/** One transaction per world: a single commit instead of one per row keeps 300 fresh worlds fast. */
function buildWorld(t: TestApp, as: Persona): Promise<World> {
  // The factories only call query(), which a transaction's EntityManager offers as well.
  return t.ds.transaction((manager) => buildWorldWith(manager as unknown as DataSource, as));
}

async function buildWorldWith(ds: DataSource, as: Persona): Promise<World> {
  const land = await createOrganisation(ds, OrganisationKind.LAND);
  const boardA = await createBoard(ds);
  const boardB = await createBoard(ds);
  const topicA = await createTopic(ds, boardA, { leadLandId: land });
  const topicA2 = await createTopic(ds, boardA);
  const topicB = await createTopic(ds, boardB);
  const users = {
    pending: await createUser(ds, { status: UserStatus.PENDING }),
    user: await createUser(ds),
    author: await createUser(ds),
    otherBoardMod: await createUser(ds),
    boardMod: await createUser(ds),
    moderator: await createUser(ds, { role: Role.MODERATOR }),
    admin: await createUser(ds, { role: Role.ADMIN }),
  };
  await addBoardModerator(ds, boardA, users.boardMod.id);
  await addBoardModerator(ds, boardB, users.otherBoardMod.id);
  const replier = await createUser(ds, { organisationId: land });
  const reporter = await createUser(ds);

  // Written directly (not through GraphQL) so that no notification fan-out runs between the cases.
  const ask = async (user: TestUser) => {
    const [thread] = await ds.query(
      `INSERT INTO threads (topic_id, author_id, title) VALUES ($1, $2, 'Wie binden wir das Fachverfahren an?')
       RETURNING id`,
      [topicA, user.id],
    );
    await insertPost(thread.id, user, 'Frage', "now() - interval '1 minute'");
    return thread.id as string;
  };
  const insertPost = async (threadId: string, user: TestUser, body: string, at = 'now()') => {
    const [post] = await ds.query(
      `INSERT INTO posts (thread_id, author_id, author_organisation_id, body, body_html, created_at)
       VALUES ($1, $2, $3, $4, $4, date_trunc('milliseconds', ${at})) RETURNING id`,
      [threadId, user.id, user.organisationId, body],
    );
    return post.id as string;
  };
  const threadId = await ask(users.author);
  const otherThreadId = await ask(replier);
  const replyId = await insertPost(threadId, replier, 'Antwort des Landes');
  await ds.query('UPDATE threads SET reply_count = 1 WHERE id = $1', [threadId]);
  const [flag] = await ds.query(
    `INSERT INTO flags (post_id, reporter_id, reason) VALUES ($1, $2, 'SPAM') RETURNING id`,
    [replyId, reporter.id],
  );
  const ownPostId = as === 'guest' ? replyId : await insertPost(threadId, users[as], 'Eigener Beitrag');
  const suspended = await createUser(ds, { status: UserStatus.SUSPENDED });
  const allowedDomain = `erlaubt-${uuid().slice(0, 8)}.example`;
  await ds.query(`INSERT INTO email_domain_allowlist (domain, organisation_kind) VALUES ($1, 'KOMMUNE')`, [
    allowedDomain,
  ]);
  return {
    land,
    boardA,
    boardB,
    topicA,
    topicA2,
    topicB,
    threadId,
    otherThreadId,
    replyId,
    flagId: flag.id,
    ownPostId,
    pendingTarget: (await createUser(ds, { status: UserStatus.PENDING })).id,
    activeTarget: await createUser(ds),
    suspendedTarget: suspended.id,
    allowedDomain,
    users,
  };
}

describe('permission matrix (PRODUCT.md "Who may do what")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000' });
  });
  afterAll(() => t.close());

  for (const c of CASES) {
    const present = !c.requires || SCHEMA.includes(c.requires);
    describe(c.name, () => {
      for (const as of PERSONAS) {
        const allowed = c.allowed.includes(as);
        const title = `${as}: ${allowed ? 'allowed' : 'denied'}`;
        (present ? it : it.skip)(title, async () => {
          const w = await buildWorld(t, as);
          const outcome = await c.run(t, w, as);
          if (allowed) expect(outcome.errors ?? []).toEqual([]);
          else expect(outcome.code).toBe(as === 'guest' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        });
      }
    });
  }

  it('covers every mutation of the contract in PRODUCT.md', () => {
    const contract = [
      'register',
      'login',
      'logout',
      'createThread',
      'createPost',
      'editPost',
      'deletePost',
      'acceptAnswer',
      'markNotificationsRead',
      'watch',
      'flagPost',
      'resolveFlag',
      'approveUser',
      'suspendUser',
      'lockThread',
      'pinThread',
      'moveThread',
      'mergeThreads',
      'hidePost',
    ];
    const covered = CASES.map((c) => c.name.split(' ')[0]);
    for (const name of contract) expect(covered).toContain(name);
  });
});
