import { Field, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import { type GraphQLSchema, isObjectType } from 'graphql';
import type { GqlContext } from './gql-context';

/** GraphQL type name → names of fields resolved by a method of the model. */
const methodFields = new Map<string, Set<string>>();

/**
 * A field resolved by a method of the model object, called as `model.field(args, context)`, instead of a
 * Nest `@ResolveField`. Nest wraps each call of a resolver method in an execution context and runs the
 * parameter pipes; on fields resolved for every post of a page that wrapper cost about 6 % of the API's
 * CPU (bench:profile). For fields without guards or interceptors (ours have none), the result is the same.
 * `resolveMethodFields` (GraphQL module `transformSchema`) installs the calls.
 */
export function MethodField(typeName: string, type: ReturnTypeFunc, options?: FieldOptions): MethodDecorator {
  const field = Field(type, options);
  return (target, key, descriptor) => {
    field(target, key, descriptor);
    (methodFields.get(typeName) ?? methodFields.set(typeName, new Set()).get(typeName)!).add(String(key));
  };
}

export function resolveMethodFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, names] of methodFields) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`MethodField: no object type ${typeName} in the schema`);
    const fields = type.getFields();
    for (const name of names) {
      if (!fields[name]) throw new Error(`MethodField: ${typeName}.${name} is not in the schema`);
      fields[name].resolve = (
        source: Record<string, (args: unknown, context: unknown) => unknown>,
        args,
        context,
      ) => source[name](args, context);
    }
  }
  return schema;
}

/**
 * A MethodField that an upper layer declares on a lower layer's model: `Board.topics` belongs to topics/,
 * which board.model.ts may not import, but the board overview resolves it for every board, so it stays a
 * method of the model (installed on its prototype here) rather than a `@ResolveField`. Call it when the
 * declaring file is loaded, before the schema is built (see topics/board-topics.fields.ts).
 */
export function addMethodField<M extends object>(
  model: abstract new (...args: never[]) => M,
  typeName: string,
  name: string,
  type: ReturnTypeFunc,
  resolve: (source: M, args: unknown, ctx: GqlContext) => unknown,
  options?: FieldOptions,
): void {
  const descriptor: PropertyDescriptor = {
    value(this: M, args: unknown, ctx: GqlContext) {
      return resolve(this, args, ctx);
    },
    configurable: true,
    writable: true,
  };
  Object.defineProperty(model.prototype, name, descriptor);
  MethodField(typeName, type, options)(model.prototype, name, descriptor);
}
