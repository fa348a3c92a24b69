import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's generated schema (apps/api/schema.gql) is authoritative once it exists; until then the
// web app is built against the agreed plan in docs/api-schema-plan.graphql.
const schema = existsSync('apps/api/schema.gql') ? 'apps/api/schema.gql' : 'docs/api-schema-plan.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
