/**
 * GraphQL Code Generator (client preset): typed documents for every `graphql(`…`)`
 * in src/ from the gateway's API schema. `npm run compose` reruns it; a test
 * (apps/cli/src/compose.test.ts) fails when src/gql/ is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Only the types operations use: schema changes elsewhere do not churn these files.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
