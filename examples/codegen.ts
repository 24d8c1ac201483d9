// Types for the operations in operations/, from the schema the server publishes
// (../schema.graphql, kept equal to the server's by the Rust tests). The output is committed;
// CI regenerates it and fails on any difference.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['operations/*.graphql'],
  ignoreNoDocuments: false,
  // Imports with `.js`, as Node's ES modules (and `moduleResolution: NodeNext`) need.
  importExtension: '.js',
  generates: {
    // A typed document per operation (`CityPageDocument`…), its result and variables types.
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Plain fetch reads fragments' fields directly: no masking, no `useFragment`.
        fragmentMasking: false,
      },
      config: {
        // Documents as strings that carry their types: `fetch` needs no GraphQL runtime.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSON: 'unknown' },
      },
    },
    // Apollo Client's `possibleTypes`: which types make up each union and interface.
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
