// Search as you type, with the API's `search` (the kit's Search operation): Korean or English,
// cities first; choosing one opens it.
import { execute } from './api';
import { el } from './dom';
import { name } from './i18n';
import { SearchDocument } from '../../../examples/src/generated/graphql.js';

/** The best city hit for a name in Korean or English, or null. */
export async function findCity(text: string): Promise<string | null> {
  const { search } = await execute(SearchDocument, { text, first: 20 });
  return search.flatMap(({ node }) => (node.__typename === 'City' ? [node.slug] : []))[0] ?? null;
}

export function setUpSearch(input: HTMLInputElement, results: HTMLElement): void {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => results.replaceChildren();
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    // Wait for a pause in typing; only the last request's answer is shown.
    timer = setTimeout(async () => {
      const asked = ++latest;
      try {
        const { search } = await execute(SearchDocument, { text, first: 20 });
        if (asked !== latest) return;
        const cities = search.flatMap(({ node }) => (node.__typename === 'City' ? [node] : []));
        results.replaceChildren(
          ...cities.map((city) =>
            el('li', { role: 'option' }, [
              el('a', { href: `#/city/${city.slug}`, class: 'hit' }, [
                name({ nameEn: city.nameEn, nameKo: city.cityNameKo }),
                city.cityNameKo ? ` · ${city.nameEn}` : '',
              ]),
            ]),
          ),
        );
        if (!cities.length) results.replaceChildren(el('li', { class: 'empty' }, ['—']));
      } catch (error) {
        results.replaceChildren(el('li', { class: 'error', role: 'alert' }, [(error as Error).message]));
      }
    }, 150);
  });
  results.addEventListener('click', () => {
    close();
    input.value = '';
  });
}
