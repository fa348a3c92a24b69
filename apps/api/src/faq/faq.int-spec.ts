import { OrganisationKind, Role } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const PROMOTE = `mutation($p: ID!, $q: String, $a: String) { promoteToFaq(postId: $p, question: $q, answer: $a) {
  id question answer answerHtml position sourceChanged sourcePost { id } sourceThread { id } topic { id } promotedBy { id } } }`;
const FAQ = `query($id: ID!) { topic(id: $id) { viewerCanCurateFaq faq { id question sourceChanged position } } }`;
const SEARCH = `query($s: String!, $t: ID) { faqEntries(search: $s, topicId: $t) { id question } }`;

describe('FAQ from the best answers (real PostgreSQL)', () => {
  let t: TestApp;
  let topic: string;
  let kommune: TestUser;
  let landRep: TestUser;
  let otherLandRep: TestUser;
  let moderator: TestUser;

  const as = (user: TestUser) => ({ token: user.token });
  const ask = async (title: string, body = 'Wie geht das bei Ihnen?') =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { edges { node { id } } } } }`,
        { i: { topicId: topic, title, body } },
        as(kommune),
      ),
    ).createThread;
  const reply = async (threadId: string, body: string, author: TestUser, official?: boolean) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body, ...(official === undefined ? {} : { official }) } },
        as(author),
      ),
    ).createPost.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const otherLand = await createOrganisation(t.ds, OrganisationKind.LAND);
    topic = await createTopic(t.ds, await createBoard(t.ds), { title: 'Wohngeld', leadLandId: land });
    kommune = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    landRep = await createUser(t.ds, { organisationId: land });
    otherLandRep = await createUser(t.ds, { organisationId: otherLand });
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  it('promotes an accepted answer, shortened and edited, and marks it when the source changes', async () => {
    const thread = await ask('Wie binden wir das Wohngeld-Fachverfahren über FIT-Connect an?');
    const answer = await reply(thread.id, 'Wir nutzen den **Zustellpunkt** des Landes.', kommune);
    ok(await t.gql(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer }, as(kommune)));

    // Only the lead Land and moderators curate the FAQ.
    for (const user of [kommune, otherLandRep])
      expect(errorCode(await t.gql(PROMOTE, { p: answer }, as(user)))).toBe('FORBIDDEN');
    // The question itself is no answer.
    expect(errorCode(await t.gql(PROMOTE, { p: thread.posts.edges[0].node.id }, as(landRep)))).toBe(
      'BAD_USER_INPUT',
    );

    const entry = ok(
      await t.gql(
        PROMOTE,
        { p: answer, q: 'Wohngeld über FIT-Connect anbinden?', a: 'Über den **Zustellpunkt** des Landes.' },
        as(landRep),
      ),
    ).promoteToFaq;
    expect(entry).toMatchObject({
      question: 'Wohngeld über FIT-Connect anbinden?',
      answerHtml: '<p>Über den <strong>Zustellpunkt</strong> des Landes.</p>',
      position: 0,
      sourceChanged: false,
      sourcePost: { id: answer },
      sourceThread: { id: thread.id },
      topic: { id: topic },
      promotedBy: { id: landRep.id },
    });
    expect(errorCode(await t.gql(PROMOTE, { p: answer }, as(moderator)))).toBe('CONFLICT');

    // The author edits the source answer after promotion: the FAQ entry is marked.
    ok(
      await t.gql(
        `mutation($i: EditPostInput!) { editPost(input: $i) { id } }`,
        { i: { postId: answer, body: 'Geändert: Zustellpunkt und Antragsrouting.' } },
        as(kommune),
      ),
    );
    let faq = ok(await t.gql(FAQ, { id: topic }, as(kommune))).topic;
    expect(faq.viewerCanCurateFaq).toBe(false);
    expect(faq.faq).toEqual([expect.objectContaining({ id: entry.id, sourceChanged: true })]);

    // Saving the entry again takes the change in and clears the mark.
    const saved = ok(
      await t.gql(
        `mutation($i: UpdateFaqEntryInput!) { updateFaqEntry(input: $i) { sourceChanged answer } }`,
        { i: { id: entry.id, question: entry.question, answer: 'Zustellpunkt und Antragsrouting.' } },
        as(landRep),
      ),
    ).updateFaqEntry;
    expect(saved).toEqual({ sourceChanged: false, answer: 'Zustellpunkt und Antragsrouting.' });
    faq = ok(await t.gql(FAQ, { id: topic }, as(landRep))).topic;
    expect(faq.viewerCanCurateFaq).toBe(true);
  });

  it('takes official answers, keeps an order, refuses plain replies, and is searchable', async () => {
    const thread = await ask('Gibt es eine Musterdatenschutzerklärung für den Mietzuschuss?');
    const plain = await reply(thread.id, 'Wir suchen auch noch.', kommune);
    const official = await reply(thread.id, 'Ja, im FIT-Store liegt ein Muster.', landRep, true);
    expect(errorCode(await t.gql(PROMOTE, { p: plain }, as(moderator)))).toBe('BAD_USER_INPUT');
    const entry = ok(await t.gql(PROMOTE, { p: official }, as(moderator))).promoteToFaq;
    expect(entry).toMatchObject({
      question: 'Gibt es eine Musterdatenschutzerklärung für den Mietzuschuss?',
      position: 1,
    });

    const before = ok(await t.gql(FAQ, { id: topic }, as(kommune))).topic.faq.map(
      (e: { id: string }) => e.id,
    );
    const reordered = ok(
      await t.gql(
        `mutation($t: ID!, $ids: [ID!]!) { reorderFaq(topicId: $t, ids: $ids) { id position } }`,
        { t: topic, ids: [...before].reverse() },
        as(landRep),
      ),
    ).reorderFaq;
    expect(reordered.map((e: { id: string }) => e.id)).toEqual([...before].reverse());
    expect(
      errorCode(
        await t.gql(
          `mutation($t: ID!, $ids: [ID!]!) { reorderFaq(topicId: $t, ids: $ids) { id } }`,
          { t: topic, ids: [before[0]] },
          as(landRep),
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    // A similar title typed by another Kommune finds the entry.
    const found = ok(
      await t.gql(SEARCH, { s: 'Musterdatenschutzerklärung Mietzuschuss', t: topic }, as(kommune)),
    ).faqEntries;
    expect(found[0].id).toBe(entry.id);
    const byTitle = ok(await t.gql(SEARCH, { s: 'Wohngeld über FIT-Connect' }, as(kommune))).faqEntries;
    expect(byTitle.map((e: { question: string }) => e.question)).toContain(
      'Wohngeld über FIT-Connect anbinden?',
    );
    expect(ok(await t.gql(SEARCH, { s: 'Hundesteuer Zahlungsverkehr' }, as(kommune))).faqEntries).toEqual([]);

    expect(
      errorCode(await t.gql(`mutation($id: ID!) { removeFaqEntry(id: $id) }`, { id: entry.id }, as(kommune))),
    ).toBe('FORBIDDEN');
    expect(
      ok(await t.gql(`mutation($id: ID!) { removeFaqEntry(id: $id) }`, { id: entry.id }, as(landRep)))
        .removeFaqEntry,
    ).toBe(true);
  });
});
