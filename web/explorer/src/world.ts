// The world view: every city on the map, sized by its degree (how many partners it has),
// narrowed by agreement kind, continent and decade. A page of the API holds at most 500
// cities, so the view asks for the first page, then for all the others at once.
import { execute } from './api';
import { el } from './dom';
import { kindLabel, name, t } from './i18n';
import { WorldMap } from './map';
import { Panel } from './panel';
import {
  ExplorerWorldDocument,
  type AgreementKind,
  type CityFilter,
  type Continent,
  type ExplorerWorldQuery,
  type ExplorerWorldQueryVariables,
} from '../../../examples/src/generated/graphql.js';

const pageSize = 500;
const kinds: AgreementKind[] = ['SISTER', 'FRIENDSHIP', 'PARTNERSHIP', 'TWINNING'];
const continents: Continent[] = ['AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'OCEANIA', 'SOUTH_AMERICA'];
const decades = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020];

/** The filters, as the view's URL carries them (`#/?kind=SISTER&decade=1990`). */
export type WorldFilters = { kind?: string; continent?: string; decade?: string };

/** The API's filter for the chosen kind, decade and continent, or null for every city. */
function cityFilter(filters: WorldFilters): CityFilter | null {
  // Values from the URL: only the known ones count.
  const kind = kinds.find((known) => known === filters.kind);
  const continent = continents.find((known) => known === filters.continent);
  const decade = decades.find((known) => String(known) === filters.decade);
  const filter: CityFilter = {};
  if (kind || decade) {
    filter.agreements = {
      some: {
        ...(kind ? { kind: { eq: kind } } : {}),
        ...(decade ? { signedOn: { gte: String(decade), lt: String(decade + 10) } } : {}),
      },
    };
  }
  if (continent) filter.country = { continent: { eq: continent } };
  return Object.keys(filter).length ? filter : null;
}

type City = ExplorerWorldQuery['citiesConnection']['nodes'][number];

export async function worldView(view: HTMLElement, filters: WorldFilters): Promise<void> {
  const panel = new Panel(view, t('world'), 'world');
  const select = (key: keyof WorldFilters, all: string, values: string[], label: (value: string) => string) => {
    const control = el('select', { name: key, 'aria-label': key }, [
      el('option', { value: '' }, [all]),
      ...values.map((value) => el('option', { value }, [label(value)])),
    ]);
    control.value = filters[key] ?? '';
    control.addEventListener('change', () => {
      const next = new URLSearchParams({ ...filters, [key]: control.value });
      for (const [k, v] of [...next]) if (!v) next.delete(k);
      location.hash = `#/${next.size ? `?${next}` : ''}`;
    });
    return control;
  };
  const form = el('form', { class: 'filters' }, [
    select('kind', t('allKinds'), kinds, kindLabel),
    select('continent', t('allContinents'), continents, (c) => c.replaceAll('_', ' ').toLowerCase()),
    select('decade', t('allDecades'), decades.map(String), (d) => `${d}s`),
  ]);
  const variables: ExplorerWorldQueryVariables = { filter: cityFilter(filters), first: pageSize, offset: 0 };
  const first = await panel.load(
    ExplorerWorldDocument,
    variables,
    `The view asks for the other pages at once with offset 500, 1000…`,
  );
  if (!first) return;
  const { totalCount } = first.citiesConnection;
  const summary = el('p', { class: 'summary' }, [`${totalCount} ${t('worldCities')}`]);
  panel.body.append(form, summary);
  const map = new WorldMap(panel.body);
  const draw = (cities: City[]) => {
    for (const city of cities) {
      const mark = map.mark(city, 1.2 + Math.sqrt(city.centrality.degree) * 0.6, `${name(city)} · ${city.centrality.degree}`, {
        class: 'city',
        'data-slug': city.slug,
      });
      mark?.addEventListener('click', () => {
        location.hash = `#/city/${city.slug}`;
      });
    }
  };
  draw(first.citiesConnection.nodes);
  const offsets: number[] = [];
  for (let offset = pageSize; offset < totalCount; offset += pageSize) offsets.push(offset);
  try {
    const pages = await Promise.all(
      offsets.map((offset) => execute(ExplorerWorldDocument, { ...variables, offset })),
    );
    for (const page of pages) draw(page.citiesConnection.nodes);
    map.element.dataset.complete = 'true';
  } catch (error) {
    panel.body.prepend(el('p', { class: 'error', role: 'alert' }, [String((error as Error).message)]));
  }
}
