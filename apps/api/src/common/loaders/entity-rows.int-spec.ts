import { createBoard, createTopic, createUser } from '../../../test/factories';
import { ok, startTestApp, type TestApp } from '../../../test/test-app';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { PostEntity } from '../../posts/post.entity';
import { ThreadEntity } from '../../threads/thread.entity';
import { UserEntity } from '../../users/user.entity';
import { entityRows } from './entity-rows';

// The hand-built reader must return exactly what TypeORM's repository returns (types included).
describe('entityRows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads users, threads and posts as TypeORM does, without the password hash', async () => {
    const asker = await createUser(t.ds);
    const topic = await createTopic(t.ds, await createBoard(t.ds));
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage zum Lesen', body: 'Text mit **Markdown**' } },
        { token: asker.token },
      ),
    ).createThread.id as string;
    const [post] = (await t.ds.query('SELECT id FROM posts WHERE thread_id = $1', [thread])) as {
      id: string;
    }[];
    const missing = '00000000-0000-4000-8000-0000000000aa';

    for (const [entity, id] of [
      [UserEntity, asker.id],
      [ThreadEntity, thread],
      [PostEntity, post.id],
    ] as const) {
      const viaTypeorm = await t.ds.getRepository(entity).findBy({ id });
      const viaReader = await entityRows(t.ds, entity).byIds([id, missing]);
      expect(viaReader).toEqual(viaTypeorm);
      expect(viaReader[0]).toBeInstanceOf(entity);
    }
    const [user] = await entityRows(t.ds, UserEntity).byIds([asker.id]);
    expect(user.passwordHash).toBeUndefined();
  });

  it('refuses entities with relations (they need the repository)', () => {
    expect(() => entityRows(t.ds, OrganisationEntity)).toThrow('not a plain entity');
  });
});
