import { OrganisationKind, UserStatus, WatchLevel } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { WatchesService } from './watches.service';

// Who a new post reaches: the most specific explicit level wins (thread over topic over board), and the
// lead Land's representatives follow the topic unless they said otherwise. Real PostgreSQL.
describe('audience of a thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('applies thread over topic over lead-Land default over board, active accounts only', async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const board = await createBoard(t.ds);
    const topic = await createTopic(t.ds, board, { leadLandId: land });
    const asker = await createUser(t.ds);
    const res = await t.gql(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      { i: { topicId: topic, title: 'Wer bekommt Bescheid?', body: 'Frage' } },
      { token: asker.token },
    );
    const thread: string = (res.data as { createThread: { id: string } }).createThread.id;
    const watch = (u: TestUser, type: 'THREAD' | 'TOPIC' | 'BOARD', level: WatchLevel) =>
      t.ds.query(
        `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = excluded.level`,
        [u.id, type, { THREAD: thread, TOPIC: topic, BOARD: board }[type], level],
      );

    const leadRep = await createUser(t.ds, { organisationId: land });
    const leadRepMutedTopic = await createUser(t.ds, { organisationId: land });
    await watch(leadRepMutedTopic, 'TOPIC', WatchLevel.MUTED);
    const leadRepMutedBoard = await createUser(t.ds, { organisationId: land });
    await watch(leadRepMutedBoard, 'BOARD', WatchLevel.MUTED);
    const threadOverTopic = await createUser(t.ds);
    await watch(threadOverTopic, 'TOPIC', WatchLevel.MUTED);
    await watch(threadOverTopic, 'THREAD', WatchLevel.WATCHING);
    const threadMute = await createUser(t.ds);
    await watch(threadMute, 'BOARD', WatchLevel.WATCHING);
    await watch(threadMute, 'THREAD', WatchLevel.MUTED);
    const boardOnly = await createUser(t.ds);
    await watch(boardOnly, 'BOARD', WatchLevel.WATCHING);
    const suspended = await createUser(t.ds, { status: UserStatus.SUSPENDED });
    await watch(suspended, 'THREAD', WatchLevel.WATCHING);
    await createUser(t.ds, { organisationId: land, status: UserStatus.PENDING });

    const audience = await t.app.get(WatchesService).audienceOfThread(thread);
    const levels = Object.fromEntries(audience.map((a) => [a.userId, a.level]));
    expect(levels).toEqual({
      [asker.id]: WatchLevel.WATCHING, // asking watches the thread
      [leadRep.id]: WatchLevel.WATCHING,
      [leadRepMutedTopic.id]: WatchLevel.MUTED,
      [leadRepMutedBoard.id]: WatchLevel.WATCHING,
      [threadOverTopic.id]: WatchLevel.WATCHING,
      [threadMute.id]: WatchLevel.MUTED,
      [boardOnly.id]: WatchLevel.WATCHING,
    });
    expect(audience).toHaveLength(7);
  });
});
