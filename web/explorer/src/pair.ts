// Two cities side by side (ExplorerPair): the partners and networks they share, and those each
// has alone.
import { el, link } from './dom';
import { name, t } from './i18n';
import { Panel } from './panel';
import { ExplorerPairDocument, type ExplorerPairSideFragment } from '../../../examples/src/generated/graphql.js';

type Named = { slug: string; nameEn: string; nameKo?: string | null };

/** A side's partners and networks, by slug. */
function holdings(side: ExplorerPairSideFragment) {
  const partners = new Map<string, Named>();
  for (const agreement of side.agreements) if (agreement.partner) partners.set(agreement.partner.slug, agreement.partner);
  const networks = new Map<string, Named>();
  for (const { organization } of side.memberships) {
    if (organization) networks.set(organization.slug, { ...organization, nameEn: organization.acronym ?? organization.nameEn });
  }
  return { partners, networks };
}

function list(items: Named[], cities: boolean): HTMLElement {
  if (!items.length) return el('p', { class: 'empty' }, [t('none')]);
  return el('ul', {}, items.map((item) => el('li', {}, [cities ? link(`#/city/${item.slug}`, name(item)) : name(item)])));
}

export async function pairPanel(view: HTMLElement, a: string, b: string): Promise<void> {
  const panel = new Panel(view, `${a} · ${b}`, 'pair');
  const data = await panel.load(ExplorerPairDocument, { a, b });
  if (!data) return;
  if (!data.a || !data.b) {
    panel.fail(new Error(`NOT_FOUND: no city "${data.a ? b : a}"`));
    return;
  }
  const [left, right] = [holdings(data.a), holdings(data.b)];
  panel.element.querySelector('h2')!.textContent = `${name(data.a)} · ${name(data.b)}`;
  const column = (title: string, partners: Named[], networks: Named[], attribute: string) =>
    el('div', { class: 'pair-column', 'data-side': attribute }, [
      el('h3', {}, [title]),
      el('h4', {}, [t('agreements')]),
      list(partners, true),
      el('h4', {}, [t('networks')]),
      list(networks, false),
    ]);
  const only = (mine: Map<string, Named>, theirs: Map<string, Named>) => [...mine.values()].filter((item) => !theirs.has(item.slug));
  const both = (mine: Map<string, Named>, theirs: Map<string, Named>) => [...mine.values()].filter((item) => theirs.has(item.slug));
  panel.body.append(
    el('div', { class: 'pair' }, [
      column(name(data.a), only(left.partners, right.partners), only(left.networks, right.networks), 'a'),
      column(t('shared'), both(left.partners, right.partners), both(left.networks, right.networks), 'shared'),
      column(name(data.b), only(right.partners, left.partners), only(right.networks, left.networks), 'b'),
    ]),
  );
}
