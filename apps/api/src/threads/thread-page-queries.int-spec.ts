import { OrganisationKind } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { countQueries } from '../../test/query-counter';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { ReferenceCache } from '../redis/reference-cache';
import { DomainEventsService } from '../events/domain-events.service';

// The thread page and the board overview must cost a constant number of SQL statements, whatever the
// number of posts, authors or topics (DataLoader batching instead of one query per row). The reference
// cache (organisations, boards, topics) is emptied before each count, so both counts start cold.
const THREAD_PAGE = `query($id: ID!) { thread(id: $id) { id title state locked pinned viewerCanReply viewerCanAccept
  topic { id title leadLand { name } board { slug title } } author { displayName organisation { name } }
  acceptedPost { id }
  posts(first: 50) { totalCount edges { node { id body bodyHtml official leadLandAnswer accepted hidden deleted createdAt editedAt
    viewerCanEdit viewerCanDelete revisions { id } author { id displayName role organisation { name kind code land { code } } } } } } } }`;
const BOARDS = `{ boards { id slug title threadCount postCount lastActivityAt topics { id title threadCount openThreadCount lastActivityAt leadLand { name } } } }`;

/** The web app's own Boards document (features/boards), with the viewer's unread and new counts per topic. */
const WEB_BOARDS = `query Boards { boards { id slug title description position archived threadCount lastActivityAt topics { ...TopicSummaryFields } } }
  fragment TopicSummaryFields on Topic { id title threadCount openThreadCount lastActivityAt viewerUnreadThreadCount viewerNewThreadCount leadLand { id name code } }`;

describe('query counts of hot pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const cold = async <T>(work: () => Promise<T>) => {
    await t.app.get(ReferenceCache).invalidate();
    return countQueries(work);
  };

  async function threadWithReplies(replies: number) {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const board = await createBoard(t.ds);
    const topic = await createTopic(t.ds, board, { leadLandId: land });
    const asker = await createUser(t.ds);
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage mit vielen Antworten', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    for (let i = 0; i < replies; i++) {
      const author = await createUser(t.ds, {
        kind: i % 2 ? OrganisationKind.KOMMUNE : OrganisationKind.LAND,
      });
      ok(
        await t.gql(
          `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { threadId: thread.id, body: `Antwort ${i}` } },
          { token: author.token },
        ),
      );
    }
    // Notification fan-out of the set-up posts runs after commit; let it finish before counting.
    await t.app.get(DomainEventsService).drain();
    return { threadId: thread.id, token: asker.token };
  }

  it('loads a thread page in the same number of statements for 2 and 30 replies', async () => {
    const small = await threadWithReplies(2);
    const large = await threadWithReplies(30);
    const a = await cold(() => t.gql(THREAD_PAGE, { id: small.threadId }, { token: small.token }).then(ok));
    const b = await cold(() => t.gql(THREAD_PAGE, { id: large.threadId }, { token: large.token }).then(ok));
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThanOrEqual(11);
    // Warm (organisations, boards, topics, board moderators and the viewer's session cached): thread with
    // author and post count, posts, their authors, revisions.
    const warm = await countQueries(() =>
      t.gql(THREAD_PAGE, { id: large.threadId }, { token: large.token }).then(ok),
    );
    expect(warm.count).toBe(4);
  });

  it('loads the board overview in a constant number of statements', async () => {
    const user = await createUser(t.ds);
    await t.gql('{ me { id } }', {}, { token: user.token }).then(ok); // the viewer's session, cached from now
    const before = await cold(() => t.gql(BOARDS, {}, { token: user.token }).then(ok));
    for (let i = 0; i < 5; i++) {
      const board = await createBoard(t.ds);
      for (let j = 0; j < 3; j++)
        await createTopic(t.ds, board, { leadLandId: await createOrganisation(t.ds, OrganisationKind.LAND) });
    }
    const after = await cold(() => t.gql(BOARDS, {}, { token: user.token }).then(ok));
    expect(after.count).toBe(before.count);
  });

  it("loads the web app's board overview, with unread counts, in two statements when warm", async () => {
    const board = await createBoard(t.ds);
    for (let j = 0; j < 3; j++) await createTopic(t.ds, board);
    const user = await createUser(t.ds);
    await t.gql(WEB_BOARDS, {}, { token: user.token }).then(ok);
    const warm = await countQueries(() => t.gql(WEB_BOARDS, {}, { token: user.token }).then(ok));
    // Boards, their figures, their topics, the topics' figures, and the versions of the unread counts: the
    // counts themselves come from the instance's cache, and no counting query runs.
    expect(warm.statements.length).toBe(5);
    expect(warm.statements.some((sql) => sql.includes('AS new_threads'))).toBe(false);
  });
});
