// The world view: every city on the map, sized by its degree (how many partners it has),
// narrowed by agreement kind, continent and decade. A page of the API holds at most 500
// cities, so the view asks for the first page, then for all the others at once.
import { execute } from './api';
import { el } from './dom';
import { kindColours, kindLabel, name, t } from './i18n';
import { WorldMap } from './map';
import { Panel } from './panel';
import {
  ExplorerWorldDocument,
  ExplorerWorldLinksDocument,
  type AgreementFilter,
  type AgreementKind,
  type CityFilter,
  type Continent,
  type ExplorerWorldQuery,
  type ExplorerWorldQueryVariables,
  type ExplorerWorldLinksQueryVariables,
} from '../../../examples/src/generated/graphql.js';

const pageSize = 500;
/** Said under each query toggle here: the panel sends the same operation for every page. */
const otherPages = `The view asks for the other pages at once, with offset ${pageSize}, ${2 * pageSize}…`;
const kinds: AgreementKind[] = ['SISTER', 'FRIENDSHIP', 'PARTNERSHIP', 'TWINNING'];
const continents: Continent[] = ['AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'OCEANIA', 'SOUTH_AMERICA'];
const decades = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020];

/** The filters, as the view's URL carries them (`#/?kind=SISTER&decade=1990`). */
export type WorldFilters = { kind?: string; continent?: string; decade?: string };

/** The chosen filters, from the URL: only known values count. */
function chosen(filters: WorldFilters) {
  return {
    kind: kinds.find((known) => known === filters.kind),
    continent: continents.find((known) => known === filters.continent),
    decade: decades.find((known) => String(known) === filters.decade),
  };
}

/** The agreements of the chosen kind and decade, or null for all of them. */
function agreementFilter(filters: WorldFilters): AgreementFilter | null {
  const { kind, decade } = chosen(filters);
  if (!kind && !decade) return null;
  return {
    ...(kind ? { kind: { eq: kind } } : {}),
    ...(decade ? { signedOn: { gte: String(decade), lt: String(decade + 10) } } : {}),
  };
}

/** The cities with such an agreement, on the chosen continent; null for every city. */
function cityFilter(filters: WorldFilters): CityFilter | null {
  const { continent } = chosen(filters);
  const agreements = agreementFilter(filters);
  const filter: CityFilter = {
    ...(agreements ? { agreements: { some: agreements } } : {}),
    ...(continent ? { country: { continent: { eq: continent } } } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** Zoomed in this far, the map draws the agreements between the cities. */
const linksFromScale = 3;

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
    otherPages,
  );
  if (!first) return;
  const { totalCount } = first.citiesConnection;
  const summary = el('p', { class: 'summary' }, [`${totalCount} ${t('worldCities')}`]);
  panel.body.append(form, summary);
  const map = new WorldMap(panel.body);
  const places = new Map<string, City>();
  const draw = (cities: City[]) => {
    for (const city of cities) {
      places.set(city.slug, city);
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
    return;
  }
  const links = new Panel(view, t('worldLinks'), 'world-links');
  const linkVariables: ExplorerWorldLinksQueryVariables = { filter: agreementFilter(filters), first: pageSize, offset: 0 };
  links.showQuery(ExplorerWorldLinksDocument, linkVariables, otherPages);
  links.body.append(el('p', {}, [t('zoomIn')]));
  let asked = false;
  map.element.classList.add('zoomable');
  map.zoomable((scale) => {
    map.element.classList.toggle('zoomed', scale >= linksFromScale);
    if (scale < linksFromScale || asked) return;
    asked = true;
    void drawLinks(links, linkVariables, places, map);
  });
}

/** Every agreement between two cities on the map, as a great-circle arc coloured by kind. */
async function drawLinks(
  panel: Panel,
  variables: ExplorerWorldLinksQueryVariables,
  places: Map<string, City>,
  map: WorldMap,
): Promise<void> {
  const first = await panel.load(ExplorerWorldLinksDocument, variables, otherPages);
  if (!first) return;
  const { totalCount } = first.agreementsConnection;
  const offsets: number[] = [];
  for (let offset = pageSize; offset < totalCount; offset += pageSize) offsets.push(offset);
  try {
    const pages = [first, ...(await Promise.all(offsets.map((offset) => execute(ExplorerWorldLinksDocument, { ...variables, offset }))))];
    let drawn = 0;
    for (const page of pages) {
      for (const { kind, parties } of page.agreementsConnection.nodes) {
        const [a, b] = parties.map((party) => places.get(party.slug));
        if (a && b && map.arc(a, b, { stroke: kindColours[kind] ?? '#555', class: 'arc world-link' })) drawn += 1;
      }
    }
    panel.body.append(el('p', { class: 'summary' }, [`${drawn} / ${totalCount} ${t('agreements').toLowerCase()}`]));
    map.element.dataset.links = String(drawn);
  } catch (error) {
    panel.fail(error);
  }
}
