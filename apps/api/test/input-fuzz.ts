import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

// The schema-driven input fuzzer of input-fuzz.int-spec.ts: from schema.gql alone it builds, for every
// query and mutation (and every field with arguments one level below a query), one request per input leaf
// and bad-input class, the other arguments filled with well-formed neutral values. New operations and
// arguments are covered without touching this file.

export const MISSING_ID = '00000000-0000-4000-8000-00000000f022';

export interface BadValue {
  cls: string;
  value: unknown;
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const LONG = 'x'.repeat(100_000);

/** The bad-input classes of one leaf, by its type (and `first` / `after` by name). */
export function badValues(type: GraphQLNamedType, leafName: string): BadValue[] {
  if (isEnumType(type)) return [{ cls: 'unknown enum', value: 'NO_SUCH_VALUE' }];
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'ID':
      return [
        { cls: 'wrong-format id', value: 'abc' },
        { cls: 'wrong-format id', value: 12345 },
        { cls: 'NUL in string', value: `${MISSING_ID.slice(0, -1)}\u0000` },
        { cls: 'empty string', value: '' },
        { cls: '100,000-char string', value: LONG },
      ];
    case 'String': {
      const values: BadValue[] = [
        { cls: 'NUL in string', value: 'fuzz\u0000fuzz' },
        { cls: 'control character', value: 'fuzz\u0007' },
        { cls: 'lone surrogate', value: 'fuzz\ud800' },
        { cls: 'empty string', value: '' },
        { cls: '100,000-char string', value: LONG },
      ];
      if (leafName === 'after') {
        values.push(
          { cls: 'malformed cursor', value: 'not-a-cursor!' },
          { cls: 'malformed cursor', value: b64([]) },
          { cls: 'malformed cursor', value: b64(['x', 'y']) },
          { cls: 'malformed cursor', value: b64(['x', 'y', 'z']) },
          { cls: 'malformed cursor', value: b64(['\u0000', '\u0000']) },
          { cls: 'malformed cursor', value: b64([1e308, -1, null]) },
          { cls: 'malformed cursor', value: b64(['2026-01-01T00:00:00Z', 'abc']) },
          { cls: 'malformed cursor', value: b64({ a: 1 }) },
          { cls: 'malformed cursor', value: b64('[') },
        );
      }
      return values;
    }
    case 'Int':
      return leafName === 'first'
        ? [
            { cls: 'negative first', value: -1 },
            { cls: 'zero first', value: 0 },
            { cls: 'huge first', value: 2_147_483_647 },
            { cls: 'huge first', value: 2 ** 31 },
          ]
        : [
            { cls: 'negative int', value: -1 },
            { cls: 'huge int', value: 2 ** 31 },
          ];
    case 'Float':
      return [
        { cls: 'negative number', value: -1 },
        { cls: 'huge number', value: 1e308 },
      ];
    case 'DateTime':
      return [
        { cls: 'malformed date', value: 'not-a-date' },
        { cls: 'malformed date', value: '+275760-09-13T00:00:00.001Z' },
      ];
    default:
      return [];
  }
}

/**
 * Well-formed values for the arguments that are not under test (a few by name, so they pass validation).
 * In mutations they can never succeed all together: ids that do not exist, a slug the test has taken.
 */
const NEUTRAL_STRINGS: Record<string, string> = {
  email: 'fuzz@example.org',
  password: 'Fuzz-Passwort-2026!',
  currentPassword: 'Fuzz-Passwort-2026!',
  newPassword: 'Fuzz-Passwort-2027!',
  displayName: 'Fuzz Tester',
  slug: 'fuzz-slug',
  title: 'Fuzz-Titel einer Frage',
  body: 'Fuzz-Text eines Beitrags',
  clientId: '00000000-0000-4000-8000-00000000c11e',
  link: 'https://example.org/fuzz',
  domain: 'fuzz.example',
  reason: 'Fuzz-Begründung',
  query: 'fuzz',
  search: 'fuzz',
  key: 'fuzz',
};

export interface Fixtures {
  /** Real ids for queries (never for mutations: a neutral mutation must not succeed). */
  byName: Record<string, string>;
  byType: Record<string, string>;
}

export function neutral(
  type: GraphQLInputType,
  name: string,
  fixtures: Fixtures | undefined,
  depth = 0,
): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [neutral(t.ofType, name, fixtures, depth)];
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    if (depth > 3) return value;
    for (const field of Object.values(t.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = neutral(field.type, field.name, fixtures, depth + 1);
      }
    }
    return value;
  }
  if (isEnumType(t)) return t.getValues()[0].value;
  switch (t.name) {
    case 'ID':
      return fixtures?.byName[name] ?? MISSING_ID;
    case 'String':
      return NEUTRAL_STRINGS[name] ?? 'fuzz';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'fuzz';
  }
}

interface Leaf {
  path: (string | number)[];
  type: GraphQLNamedType;
  name: string;
}

/** Every scalar or enum reachable from the arguments (input objects and lists walked, cycles cut). */
function leaves(args: readonly GraphQLArgument[]): Leaf[] {
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], name: string, depth: number) => {
    const t = getNullableType(type);
    if (isListType(t)) return walk(t.ofType, [...path, 0], name, depth);
    if (isInputObjectType(t)) {
      if (depth > 3) return;
      for (const f of Object.values(t.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
      return;
    }
    out.push({ path, type: getNamedType(t), name });
  };
  for (const arg of args) walk(arg.type, [arg.name], arg.name, 0);
  return out;
}

/** Sets `value` at `path` inside `vars`, creating the input objects and lists on the way. */
function setAt(
  vars: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
  args: readonly GraphQLArgument[],
  fixtures: Fixtures | undefined,
) {
  let container = vars as Record<string | number, unknown>;
  let type: GraphQLInputType = args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i];
    if (container[key] === undefined || container[key] === null) {
      container[key] = neutral(type, String(key), fixtures);
    }
    container = container[key] as Record<string | number, unknown>;
    type = nextTypeOf(type, path[i + 1]) ?? type;
  }
  container[path[path.length - 1]] = value;
}

function nextTypeOf(type: GraphQLInputType, key: string | number): GraphQLInputType | undefined {
  const t = getNullableType(type);
  if (isListType(t)) return t.ofType;
  if (isInputObjectType(t)) return t.getFields()[String(key)]?.type;
  return undefined;
}

export interface FuzzRequest {
  operation: string;
  leaf: string;
  cls: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
}

function requestsFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  fixtures: Fixtures | undefined,
  wrap?: { parent: GraphQLField<unknown, unknown>; parentArgs: Record<string, unknown> },
): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const varDefs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selectionFor(field.type)}`;
  const body = wrap ? `${wrap.parent.name}${literalArgs(wrap.parentArgs)} { ${call} }` : call;
  const query = `${kind} Fuzz(${varDefs}) { ${body} }`;
  const operation = wrap ? `${wrap.parent.name}.${field.name}` : field.name;
  for (const leaf of leaves(field.args)) {
    for (const bad of badValues(leaf.type, leaf.name)) {
      const variables: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
          variables[arg.name] = neutral(arg.type, arg.name, fixtures);
        }
      }
      setAt(variables, leaf.path, bad.value, field.args, fixtures);
      out.push({
        operation,
        leaf: leaf.path.join('.'),
        cls: bad.cls,
        query,
        variables,
        mutation: kind === 'mutation',
      });
    }
  }
  return out;
}

function literalArgs(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  if (!entries.length) return '';
  return `(${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})`;
}

/** Fills a query's required arguments from the fixtures; undefined when one cannot be filled. */
function fixtureArgs(
  field: GraphQLField<unknown, unknown>,
  fixtures: Fixtures,
): Record<string, unknown> | undefined {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const named = getNamedType(arg.type);
    if (isScalarType(named) && named.name === 'ID') {
      const id = fixtures.byName[arg.name] ?? fixtures.byType[getNamedType(field.type).name];
      if (!id) return undefined;
      args[arg.name] = id;
    } else if (
      isScalarType(named) &&
      (named.name === 'String' || named.name === 'Int' || named.name === 'Boolean')
    ) {
      const value = fixtures.byName[arg.name] ?? neutral(arg.type, arg.name, undefined);
      args[arg.name] = value;
    } else {
      return undefined;
    }
  }
  return args;
}

/** All fuzz requests of the schema: root operations, and fields with arguments one level below queries. */
export function fuzzRequests(schema: GraphQLSchema, fixtures: Fixtures): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType()!;
  for (const field of Object.values(query.getFields())) {
    out.push(...requestsFor('query', field, fixtures));
    const named = getNamedType(field.type);
    const parentArgs = fixtureArgs(field, fixtures);
    if (!isObjectType(named) || !parentArgs) continue;
    for (const child of Object.values((named as GraphQLObjectType).getFields())) {
      if (child.args.length)
        out.push(...requestsFor('query', child, fixtures, { parent: field, parentArgs }));
    }
  }
  for (const field of Object.values(mutation.getFields()))
    out.push(...requestsFor('mutation', field, undefined));
  return out;
}

/** Root operations without any argument: nothing to fuzz (queries among them are still called once). */
export function operationsWithoutArguments(schema: GraphQLSchema): {
  queries: string[];
  mutations: string[];
} {
  const names = (t: GraphQLObjectType) =>
    Object.values(t.getFields())
      .filter((f) => f.args.length === 0)
      .map((f) => f.name);
  return { queries: names(schema.getQueryType()!), mutations: names(schema.getMutationType()!) };
}
