// A city's neighbourhood as a graph: its partners and some of theirs (ExplorerNetwork), laid
// out by d3-force, beside the cities that share the most partners and networks with it.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { el, link, svg } from './dom';
import { kindColours, name, t } from './i18n';
import { Panel } from './panel';
import { ExplorerNetworkDocument } from '../../../examples/src/generated/graphql.js';

type Named = { slug: string; nameEn: string; nameKo?: string | null };
type Node = SimulationNodeDatum & { city: Named; ring: number };
type Link = SimulationLinkDatum<Node> & { kind: string };

/** How many of each partner's own partners the graph shows. */
const fanOut = 8;

export async function networkPanel(view: HTMLElement, slug: string): Promise<void> {
  const panel = new Panel(view, t('network'), 'network');
  const data = await panel.load(ExplorerNetworkDocument, { slug, fanOut });
  if (!data?.city) return;
  const nodes = new Map<string, Node>();
  const links: Link[] = [];
  const node = (city: Named, ring: number) => {
    const found = nodes.get(city.slug);
    if (found) return found;
    const created: Node = { city, ring };
    nodes.set(city.slug, created);
    return created;
  };
  const centre = node({ slug: data.city.slug, nameEn: data.city.slug }, 0);
  centre.fx = 0;
  centre.fy = 0;
  const partners = data.city.agreements.flatMap(({ kind, partner }) => (partner ? [{ kind, partner }] : []));
  // Every partner first, so that one that is also another partner's partner stays in the first ring.
  for (const { kind, partner } of partners) links.push({ source: centre, target: node(partner, 1), kind });
  for (const { partner } of partners) {
    for (const theirs of partner.agreementsConnection.nodes) {
      if (theirs.partner) links.push({ source: node(partner, 1), target: node(theirs.partner, 2), kind: theirs.kind });
    }
  }
  const all = [...nodes.values()];
  // Laid out once, then drawn still: a fixed picture is easier to read and to test.
  forceSimulation(all)
    .force('link', forceLink<Node, Link>(links).distance((l) => ((l.source as Node).ring === 0 ? 90 : 40)))
    .force('charge', forceManyBody().strength(-40))
    .force('centre', forceCenter(0, 0))
    .stop()
    .tick(300);
  const size = 330;
  const graph = svg('svg', { class: 'network-graph', viewBox: `${-size} ${-size} ${2 * size} ${2 * size}` });
  for (const l of links) {
    const source = l.source as Node;
    const target = l.target as Node;
    graph.append(svg('line', {
      x1: source.x!.toFixed(1), y1: source.y!.toFixed(1), x2: target.x!.toFixed(1), y2: target.y!.toFixed(1),
      stroke: kindColours[l.kind] ?? '#999', class: `ring-${source.ring}`,
    }));
  }
  for (const n of all) {
    const group = svg('a', { href: `#/city/${n.city.slug}`, class: `node ring-${n.ring}` }, [
      svg('circle', { cx: n.x!.toFixed(1), cy: n.y!.toFixed(1), r: [7, 4, 2.5][n.ring] }),
      n.ring < 2 ? svg('text', { x: (n.x! + 6).toFixed(1), y: (n.y! + 3).toFixed(1) }, [n.ring ? name(n.city) : '']) : null,
      svg('title', {}, [name(n.city)]),
    ]);
    graph.append(group);
  }
  panel.body.append(
    el('div', { class: 'network' }, [
      graph,
      el('div', { class: 'related' }, [
        el('h3', {}, [t('related')]),
        el('ol', {}, data.related.map((related) =>
          el('li', {}, [
            related.city ? link(`#/pair/${slug}/${related.city.slug}`, name(related.city)) : '?',
            ` · ${related.score} ${t('shared')}: `,
            [...related.sharedOrganizations.map((o) => o.acronym ?? o.nameEn), ...related.sharedPartners.map(name)].join(', '),
          ]))),
      ]),
    ]),
  );
}
