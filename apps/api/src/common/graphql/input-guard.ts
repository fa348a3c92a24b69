import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLField,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isUuid } from '../validation/is-uuid';
import { textProblem } from '../validation/text-rules';

/**
 * One rule for every input of every operation, checked after GraphQL's own validation and before any
 * resolver runs: no text (String or ID, at any depth of an input object or list) may carry NUL or other
 * invalid characters or exceed the global length ceiling, every ID must be a UUID — the shape of all
 * our ids — so a malformed one never reaches SQL, and every date must be a date. Failures are BAD_USER_INPUT (HTTP 400) naming the field.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const fields = inputProblems(schema, document, operation, request.variables ?? {});
          if (fields) throw badRequest(Object.values(fields).join(' '), fields);
        },
      };
    },
  };
}

/** BAD_USER_INPUT answered with HTTP 400, for checks that run before execution. */
export function badRequest(message: string, fields?: Record<string, string>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(fields ? { fields } : {}), http: { status: 400 } },
  });
}

type FieldWithArgs = { node: FieldNode; def: GraphQLField<unknown, unknown> };

// The fields with arguments of an operation (and the fragments it uses) depend on the document only;
// Apollo keeps parsed documents, so this is computed once per distinct query text.
const fieldsByOperation = new WeakMap<OperationDefinitionNode, FieldWithArgs[]>();

function fieldsWithArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FieldWithArgs[] {
  const cached = fieldsByOperation.get(operation);
  if (cached) return cached;
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const found: FieldWithArgs[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (def && def.args.length > 0 && node.arguments?.length) found.push({ node, def });
      },
    }),
  );
  fieldsByOperation.set(operation, found);
  return found;
}

/** Field path → message for every refused input, or undefined when all inputs may pass. */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): Record<string, string> | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, {
    maxErrors: 1,
  });
  // Variables that do not fit their types are reported by the execution itself (BAD_USER_INPUT).
  if ('errors' in coerced && coerced.errors?.length) return undefined;
  const variables = coerced.coerced ?? {};
  const problems: Record<string, string> = {};
  for (const { node, def } of fieldsWithArguments(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(def, node, variables);
    } catch {
      continue; // reported by the execution
    }
    for (const arg of def.args) {
      if (values[arg.name] !== undefined) check(values[arg.name], arg.type, arg.name, problems, true);
    }
  }
  return Object.keys(problems).length ? problems : undefined;
}

/**
 * Walks one argument value along its type. Keys follow the validation pipe's `extensions.fields`: the
 * argument's name for a scalar argument, the field path inside an input object argument.
 */
function check(
  value: unknown,
  type: GraphQLInputType,
  key: string,
  problems: Record<string, string>,
  isArgument = false,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) check(item, nullable.ofType, key, problems);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(nullable.getFields())) {
      const name = isArgument ? field.name : `${key}.${field.name}`;
      check((value as Record<string, unknown>)[field.name], field.type, name, problems);
    }
    return;
  }
  const scalar = getNamedType(nullable).name;
  if (problems[key]) return;
  // The date scalar turns an unparseable string into an Invalid Date instead of refusing it.
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) problems[key] = 'Ungültiges Datum.';
    return;
  }
  if ((scalar !== 'String' && scalar !== 'ID') || typeof value !== 'string') return;
  const problem = textProblem(value) ?? (scalar === 'ID' && !isUuid(value) ? 'Ungültige ID.' : undefined);
  if (problem) problems[key] = problem;
}
