import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's committed schema (apps/api/schema.gql, pinned by the API's schema contract test).
const schema = 'apps/api/schema.gql';

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
