// The tabs GraphiQL opens with: the README's example, then the cookbook, read at build time
// from tests/golden (the questions the tests answer), so the page never offers a stale query.
import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';
import example from './example.graphql?raw';

const cookbook = import.meta.glob<string>('../../../tests/golden/*/query.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `…/01-seoul-sister-cities/query.graphql` → `SeoulSisterCities`. */
function operationName(path: string): string {
  const folder = path.split('/').at(-2) ?? 'Example';
  return folder
    .replace(/^\d+-/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Golden queries are anonymous; GraphiQL titles a tab by its operation's name, so each gets
 * its folder's name (the question stays as the first comment line).
 */
function named(path: string, query: string): string {
  return query.replace(/^(\s*(?:#[^\n]*\n\s*)*)\{/, `$1query ${operationName(path)} {`);
}

export const exampleQuery = example;

type TabDefinition = NonNullable<ComponentProps<typeof GraphiQL>['defaultTabs']>[number];

export const defaultTabs: TabDefinition[] = [
  { query: example },
  ...Object.keys(cookbook)
    .sort()
    .map((path) => ({ query: named(path, cookbook[path]) })),
];
