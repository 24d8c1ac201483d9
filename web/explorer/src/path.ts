// The shortest chain between two cities (ExplorerPath): drawn on the map, arc by arc, and
// listed step by step with what links each pair — an agreement or a network both belong to.
import { el, link } from './dom';
import { kindColours, kindLabel, name, t } from './i18n';
import { WorldMap } from './map';
import { Panel } from './panel';
import { ExplorerPathDocument, type ExplorerPathQuery } from '../../../examples/src/generated/graphql.js';

type Step = ExplorerPathQuery['path'][number]['steps'][number];

function via(step: Step): string {
  const link = step.via;
  if (!link) return '?';
  return link.__typename === 'Agreement'
    ? `${kindLabel(link.kind)}${link.signedOn ? ` (${link.signedOn})` : ''}`
    : `${link.acronym ?? link.nameEn}`;
}

export async function pathView(view: HTMLElement, from: string, to: string): Promise<void> {
  const panel = new Panel(view, `${t('path')}: ${from} → ${to}`, 'path');
  const data = await panel.load(ExplorerPathDocument, { from, to });
  if (!data) return;
  const chain = data.path[0];
  if (!chain) {
    panel.body.append(el('p', { class: 'error', role: 'alert' }, [t('noPath')]));
    return;
  }
  const first = chain.steps[0]?.from;
  const last = chain.steps.at(-1)?.to;
  panel.element.querySelector('h2')!.textContent = `${t('path')}: ${name(first)} → ${name(last)} · ${chain.hops} ${t(chain.hops === 1 ? 'step' : 'steps')}`;
  const map = new WorldMap(panel.body);
  map.element.classList.add('path-map');
  for (const step of chain.steps) {
    if (!step.from || !step.to) continue;
    const colour = step.via?.__typename === 'Agreement' ? kindColours[step.via.kind] ?? '#555' : '#333';
    map.arc(step.from, step.to, { stroke: colour, class: 'arc path-step' });
  }
  for (const city of [first, ...chain.steps.map((step) => step.to)]) {
    if (city) map.mark(city, 4, name(city), { class: 'path-city' });
  }
  panel.body.append(
    el('ol', { class: 'path-steps' }, chain.steps.map((step) =>
      el('li', { class: 'path-step' }, [
        step.from ? link(`#/city/${step.from.slug}`, name(step.from)) : '?',
        ' → ',
        step.to ? link(`#/city/${step.to.slug}`, name(step.to)) : '?',
        ` · ${via(step)}`,
      ]))),
  );
}
