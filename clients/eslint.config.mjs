// graphql-eslint's recommended and Relay rules on the service's schema (graphql-api/schema.graphql,
// printed from the running schema; tests/schema.test.mjs copies it to work/), with the exceptions
// below, each with its reason.
import graphql from '@graphql-eslint/eslint-plugin';
import { EMBEDDED_TYPES } from './config/embedded.mjs';

const recommended = graphql.configs['flat/schema-recommended'].rules;
const [level, recommendedNaming] = recommended['@graphql-eslint/naming-convention'];
const { 'ObjectTypeDefinition,ObjectTypeExtension': objectTypes, ...naming } = recommendedNaming;

export default [
  {
    files: ['**/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'work/schema.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...recommended,
      ...graphql.configs['flat/schema-relay'].rules,
      // graphql-java's printer writes a description of one line inline and a longer one as a
      // block: the file is printed, not written by hand
      '@graphql-eslint/description-style': 'off',
      // the embedded value types have no id on purpose: a normalising cache keeps them inside
      // their parent (each says so in its description, and the README's client configuration
      // lists them)
      '@graphql-eslint/strict-id-in-types': ['error', { exceptions: { types: EMBEDDED_TYPES } }],
      // "service type" (jenis layanan) is the regulation's term for one of the 43 services,
      // not a GraphQL type: ServiceType keeps its name
      '@graphql-eslint/naming-convention': [level, { ...naming,
        'ObjectTypeDefinition[name.value!=ServiceType]': objectTypes }],
      // short lists that are never paged (a region's awards, the six fields, an edition's
      // results) are plain lists; a ranking's entry is a place in one ranking, not an object
      // that node(id:) finds again
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false,
        shouldImplementNode: false }],
    },
  },
];
