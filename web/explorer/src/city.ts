// A city: where its partners are, what it signed when and on whose authority, its networks,
// policies, events, figures and centrality. One operation (ExplorerCity) feeds these panels;
// the timeline and the network have their own.
import { el, link } from './dom';
import { kindColours, kindLabel, name, t } from './i18n';
import { WorldMap } from './map';
import { Panel } from './panel';
import { timelinePanel } from './timeline';
import { networkPanel } from './network';
import { findCity } from './search';
import { ExplorerCityDocument, type ExplorerCityQuery } from '../../../examples/src/generated/graphql.js';

type City = NonNullable<ExplorerCityQuery['city']>;
type Agreement = City['agreements'][number];

/** A table with a header row; `cells` gives each row's cells. */
function table<T>(headers: string[], rows: T[], cells: (row: T) => (Node | string)[], attributes?: (row: T) => Record<string, string>): HTMLElement {
  if (!rows.length) return el('p', { class: 'empty' }, [t('none')]);
  return el('table', {}, [
    el('thead', {}, [el('tr', {}, headers.map((header) => el('th', {}, [header])))]),
    el('tbody', {}, rows.map((row) => el('tr', attributes?.(row) ?? {}, cells(row).map((cell) => el('td', {}, [cell]))))),
  ]);
}

const cityLink = (city: { slug: string; nameEn: string; nameKo?: string | null } | null | undefined) =>
  city ? link(`#/city/${city.slug}`, name(city), { class: 'city-link' }) : '?';

/** The sources of a fact, one click away: their count opens title, locator and reference. */
function sources(citations: Agreement['sources']): HTMLElement {
  if (!citations.length) return el('span', { class: 'no-source' }, ['—']);
  return el('details', { class: 'sources' }, [
    el('summary', {}, [`${citations.length} ${t('sources').toLowerCase()}`]),
    el(
      'ul',
      {},
      citations.map((citation) =>
        el('li', { class: 'source' }, [
          citation.source?.url ? el('a', { href: citation.source.url, rel: 'noreferrer' }, [citation.title]) : citation.title,
          citation.locator ? ` — ${citation.locator}` : '',
          citation.reference ? ` (${citation.reference})` : '',
          citation.source?.year ? `, ${citation.source.year}` : '',
        ]),
      ),
    ),
  ]);
}

export async function cityView(view: HTMLElement, slug: string): Promise<void> {
  const head = new Panel(view, slug, 'city');
  const data = await head.load(ExplorerCityDocument, { slug });
  if (!data) return;
  const city = data.city;
  if (!city) {
    head.fail(new Error(`NOT_FOUND: no city "${slug}"`));
    return;
  }
  const { centrality } = city;
  head.element.querySelector('h2')!.textContent = `${name(city)} · ${name(city.country)}`;
  const pathForm = el('form', { class: 'path-form' }, [
    el('input', { name: 'to', placeholder: t('pathTo'), 'aria-label': t('pathTo') }),
    el('button', { type: 'submit' }, [t('pathFind')]),
  ]);
  pathForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const to = String(new FormData(pathForm).get('to') ?? '').trim();
    // A name (서울, Tokyo) is looked up; what the search does not know is taken as a slug.
    if (to) location.hash = `#/pair/${city.slug}/${(await findCity(to).catch(() => null)) ?? to}`;
  });
  head.body.append(
    el('p', { class: 'names' }, [`${city.nameEn}${city.nameKo ? ` · ${city.nameKo}` : ''} (${city.country?.code ?? '?'})`]),
    el('dl', { class: 'centrality' }, [
      el('dt', {}, [t('degree')]),
      el('dd', {}, [`${centrality.degree} (${t('rank')} ${centrality.degreeRank})`]),
      el('dt', {}, [t('betweenness')]),
      el('dd', {}, [`${centrality.betweenness.toFixed(1)} (${t('rank')} ${centrality.betweennessRank})`]),
    ]),
    pathForm,
  );

  const same = (title: string, name: string) => {
    const panel = new Panel(view, title, name);
    panel.showQuery(ExplorerCityDocument, { slug });
    return panel;
  };

  const mapPanel = same(t('partnersMap'), 'partners-map');
  const map = new WorldMap(mapPanel.body);
  for (const agreement of city.agreements) {
    if (!agreement.partner) continue;
    const colour = kindColours[agreement.kind] ?? '#555';
    map.arc(city, agreement.partner, { stroke: colour, 'data-kind': agreement.kind });
    map.mark(agreement.partner, 3, `${name(agreement.partner)} · ${kindLabel(agreement.kind)}`, { fill: colour, class: 'partner' })
      ?.addEventListener('click', () => {
        location.hash = `#/city/${agreement.partner!.slug}`;
      });
  }
  map.mark(city, 5, name(city), { class: 'home' });
  mapPanel.body.append(
    el('ul', { class: 'legend' }, Object.entries(kindColours).map(([kind, colour]) =>
      el('li', {}, [el('span', { class: 'swatch', style: `background:${colour}` }), kindLabel(kind)]))),
  );

  same(t('agreements'), 'agreements').body.append(
    table(
      [t('partner'), t('kind'), t('signed'), t('ended'), t('status'), t('sources')],
      city.agreements,
      (agreement) => [
        cityLink(agreement.partner),
        kindLabel(agreement.kind),
        // As precise as the source: a year, a month or a day; never a guessed one.
        agreement.signedOn ?? t('undated'),
        agreement.endedOn ?? '',
        agreement.status.toLowerCase(),
        sources(agreement.sources),
      ],
      (agreement) => ({ 'data-kind': agreement.kind, class: 'agreement' }),
    ),
  );

  same(t('networks'), 'networks').body.append(
    table([t('networks'), t('role'), t('joined'), t('left')], city.memberships, (membership) => [
      membership.organization ? `${membership.organization.acronym ?? ''} ${name(membership.organization)}`.trim() : '?',
      membership.role.toLowerCase().replaceAll('_', ' '),
      membership.joinedYear?.toString() ?? t('undated'),
      membership.leftYear?.toString() ?? '',
    ]),
  );

  const policyTitle = (policy: { title: string; titleEn?: string | null; titleKo?: string | null }) =>
    name({ nameEn: policy.titleEn ?? policy.title, nameKo: policy.titleKo });
  const policies = same(t('policies'), 'policies');
  policies.body.append(
    el('h3', {}, [t('exported')]),
    table([t('policies'), t('partner'), 'Year'], city.policyExports, (policy) => [
      policyTitle(policy), cityLink(policy.partner), policy.year?.toString() ?? t('undated'),
    ]),
    el('h3', {}, [t('received')]),
    table([t('policies'), t('partner'), 'Year'], city.policyImports, (policy) => [
      policyTitle(policy), cityLink(policy.exporter), policy.year?.toString() ?? t('undated'),
    ]),
  );

  same(t('events'), 'events').body.append(
    table([t('events'), t('kind'), 'Year'], city.hostedEvents, (event) => [
      name({ nameEn: event.nameEn ?? event.name, nameKo: event.nameKo }),
      event.kind.toLowerCase().replaceAll('_', ' '),
      event.year?.toString() ?? t('undated'),
    ]),
  );

  same(t('statistics'), 'statistics').body.append(
    table([t('statistics'), '', '', ''], city.statistics, (statistic) => [
      statistic.metric + (statistic.dimension ? ` (${statistic.dimension})` : ''),
      statistic.value.toLocaleString(),
      statistic.unit,
      statistic.asOf ?? '',
    ]),
  );

  await Promise.all([timelinePanel(view, city.slug), networkPanel(view, city.slug)]);
}
