import { OrganisationKind, Role } from '@forum/shared';
import { createBoard, createOrganisation, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';

const CREATE_TOPIC = `mutation($i: CreateTopicInput!) { createTopic(input: $i) {
  id title description ozgId leikaKey serviceStatus link archived leadLand { id } board { id } } }`;
const UPDATE_TOPIC = `mutation($i: UpdateTopicInput!) { updateTopic(input: $i) {
  id title description ozgId leikaKey serviceStatus link archived leadLand { id } board { id } } }`;

describe('administration of topics (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;
  let land: string;
  let kommune: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t.ds, { role: Role.ADMIN });
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    kommune = await createOrganisation(t.ds, OrganisationKind.KOMMUNE);
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const fieldsOf = (res: GqlResult) => Object.keys(res.errors?.[0].extensions?.fields ?? {});
  const actions = async (targetId: string) =>
    (
      await t.ds.query(`SELECT action FROM audit_entries WHERE target_id = $1 ORDER BY created_at, id`, [
        targetId,
      ])
    ).map((r: { action: string }) => r.action);

  it('creates and updates topics: lead Land, OZG-ID, LeiKa key and https link validated', async () => {
    const board = await createBoard(t.ds);
    const otherBoard = await createBoard(t.ds);
    const input = {
      boardId: board,
      title: 'Wohngeld',
      description: 'EfA-Leistung Wohngeld',
      leadLandId: land,
      ozgId: '1234',
      leikaKey: '99108001000000',
      serviceStatus: 'live',
      link: 'https://www.fitko.de/wohngeld',
    };
    const topic = ok(await t.gql(CREATE_TOPIC, { i: input }, as(admin))).createTopic;
    expect(topic).toMatchObject({
      title: 'Wohngeld',
      leadLand: { id: land },
      board: { id: board },
      leikaKey: '99108001000000',
      link: 'https://www.fitko.de/wohngeld',
    });
    const invalid: [Record<string, unknown>, string][] = [
      [{ leadLandId: kommune }, 'leadLandId'],
      [{ leikaKey: '1234' }, 'leikaKey'],
      [{ leikaKey: '9910800100000A' }, 'leikaKey'],
      [{ ozgId: 'OZG-12' }, 'ozgId'],
      [{ link: 'http://www.fitko.de' }, 'link'],
      [{ link: 'javascript:alert(1)' }, 'link'],
      [{ title: 'x' }, 'title'],
      [{ boardId: '00000000-0000-4000-8000-000000000000' }, 'boardId'],
    ];
    for (const [over, field] of invalid) {
      const res = await t.gql(CREATE_TOPIC, { i: { ...input, ...over } }, as(admin));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
    }
    const updated = ok(
      await t.gql(
        UPDATE_TOPIC,
        {
          i: {
            topicId: topic.id,
            leadLandId: null,
            link: null,
            serviceStatus: 'in Pilotierung',
            boardId: otherBoard,
            archived: true,
          },
        },
        as(admin),
      ),
    ).updateTopic;
    expect(updated).toMatchObject({
      title: 'Wohngeld',
      leadLand: null,
      link: null,
      serviceStatus: 'in Pilotierung',
      board: { id: otherBoard },
      archived: true,
      leikaKey: '99108001000000',
    });
    for (const [over, field] of invalid.filter(([, f]) => f !== 'title')) {
      const res = await t.gql(UPDATE_TOPIC, { i: { topicId: topic.id, ...over } }, as(admin));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
    }
    expect(await actions(topic.id)).toEqual(['TOPIC_CREATED', 'TOPIC_MOVED']);
  });
});
