import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, parse, type DocumentNode, type GraphQLError } from 'graphql';
import { complexityPlugin, costKey } from './complexity-plugin';

const schema = buildSchema(`
  type Post { id: ID! body: String! }
  type Thread { id: ID! title: String! posts(first: Int): [Post!]! }
  input Page { first: Int }
  type Query {
    threads(first: Int, search: String): [Thread!]!
    paged(page: Page): [Thread!]!
  }
`);

const query = parse(`query Q($n: Int, $m: Int) { threads(first: $n) { id posts(first: $m) { id body } } }`);

function setup(max: number) {
  let schemaReads = 0;
  const plugin = complexityPlugin(() => {
    schemaReads += 1;
    return schema;
  }, max);
  async function run(
    document: DocumentNode,
    variables: Record<string, unknown>,
  ): Promise<GraphQLError | null> {
    const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<never>;
    try {
      await listener.didResolveOperation!({
        request: { operationName: undefined, variables },
        document,
      } as unknown as GraphQLRequestContextDidResolveOperation<never>);
      return null;
    } catch (error) {
      return error as GraphQLError;
    }
  }
  return { run, schemaReads: () => schemaReads };
}

describe('complexityPlugin', () => {
  it('computes the cost once per document and page sizes, not per request', async () => {
    const { run, schemaReads } = setup(1000);
    for (let i = 0; i < 5; i++) expect(await run(query, { n: 10, m: 5 })).toBeNull();
    expect(schemaReads()).toBe(1);
    expect(await run(query, { n: 20, m: 5 })).toBeNull();
    expect(schemaReads()).toBe(2);
  });

  it('still refuses a larger page size of a document whose smaller one was allowed and cached', async () => {
    const { run } = setup(1000);
    expect(await run(query, { n: 10, m: 5 })).toBeNull();
    const refused = await run(query, { n: 100, m: 100 });
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    // And the refusal is remembered as a refusal, not as an allowed cost.
    expect(await run(query, { n: 100, m: 100 })).not.toBeNull();
  });

  it('sees page sizes inside input objects', async () => {
    const nested = parse(`query P($page: Page) { paged(page: $page) { id } }`);
    expect(costKey(undefined, { page: { first: 1 } })).not.toBe(costKey(undefined, { page: { first: 2 } }));
    const { run } = setup(1000);
    expect(await run(nested, { page: { first: 1 } })).toBeNull();
  });

  it('ignores texts and ids in the cache key, so they cannot grow it', () => {
    expect(costKey('Q', { id: 'a', search: 'x', n: 3 })).toBe(costKey('Q', { id: 'b', search: 'yyy', n: 3 }));
    expect(costKey('Q', { n: 3 })).not.toBe(costKey('Q', { n: 4 }));
  });
});
