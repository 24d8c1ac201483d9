// A city in time: its dated facts (ExplorerTimeline) as bars by year, stacked by kind, then
// listed; facts with no date are counted apart, never placed on a guessed year.
import { el, svg } from './dom';
import { kindLabel, name, t } from './i18n';
import { Panel } from './panel';
import { ExplorerTimelineDocument, type ExplorerTimelineQuery } from '../../../examples/src/generated/graphql.js';

type Entry = ExplorerTimelineQuery['timeline'][number];

const kindColours: Record<string, string> = {
  AGREEMENT_SIGNED: '#d1495b',
  AGREEMENT_ENDED: '#8d99ae',
  MEMBERSHIP_JOINED: '#00798c',
  MEMBERSHIP_LEFT: '#adb5bd',
  EVENT_HOSTED: '#edae49',
  POLICY_EXPORTED: '#30638e',
  POLICY_RECEIVED: '#7d5ba6',
};

/** What an entry is about, in a few words. */
function describe(entry: Entry): string {
  const record = entry.record;
  switch (record.__typename) {
    case 'Agreement':
      return `${kindLabel(record.kind)} · ${name(record.partner)}`;
    case 'Membership':
      return record.organization?.acronym ?? name(record.organization);
    case 'Event':
      return name({ nameEn: record.name, nameKo: record.nameKo });
    case 'PolicyExport':
      return name({ nameEn: record.title, nameKo: record.titleKo });
  }
}

export async function timelinePanel(view: HTMLElement, slug: string): Promise<void> {
  const panel = new Panel(view, t('timeline'), 'timeline');
  const data = await panel.load(ExplorerTimelineDocument, { city: slug });
  if (!data) return;
  const dated = data.timeline.filter((entry) => entry.year != null);
  const years = dated.map((entry) => entry.year!);
  if (years.length) {
    const first = Math.min(...years);
    const last = Math.max(...years);
    const width = 900;
    const height = 160;
    // Room either side for the first and last decade's label.
    const margin = 16;
    const step = (width - 2 * margin) / (last - first + 1);
    const counts = new Map<number, Entry[]>();
    for (const entry of dated) counts.set(entry.year!, [...(counts.get(entry.year!) ?? []), entry]);
    const tallest = Math.max(...[...counts.values()].map((entries) => entries.length));
    const unit = (height - 20) / tallest;
    const chart = svg('svg', { class: 'timeline-chart', viewBox: `0 0 ${width} ${height}` });
    for (const [year, entries] of counts) {
      entries.forEach((entry, index) => {
        chart.append(
          svg('rect', {
            x: (margin + (year - first) * step).toFixed(1),
            y: (height - 20 - (index + 1) * unit).toFixed(1),
            width: Math.max(step - 1, 1).toFixed(1),
            height: Math.max(unit - 0.5, 0.5).toFixed(1),
            fill: kindColours[entry.kind] ?? '#555',
          }, [svg('title', {}, [`${entry.date} · ${describe(entry)}`])]),
        );
      });
    }
    for (let year = Math.ceil(first / 10) * 10; year <= last; year += 10) {
      const x = margin + (year - first + 0.5) * step;
      chart.append(svg('text', { x: x.toFixed(1), y: height - 4, class: 'axis' }, [String(year)]));
    }
    panel.body.append(chart);
  }
  panel.body.append(
    el('ul', { class: 'legend' }, Object.entries(kindColours).map(([kind, colour]) =>
      el('li', {}, [el('span', { class: 'swatch', style: `background:${colour}` }), kind.toLowerCase().replaceAll('_', ' ')]))),
    el('p', { class: 'undated' }, [
      `${t('undatedFacts')}: ` +
        [
          [data.city?.undatedAgreements.length, t('agreements')],
          [data.city?.undatedMemberships.length, t('networks')],
          [(data.city?.undatedExports.length ?? 0) + (data.city?.undatedImports.length ?? 0), t('policies')],
          [data.city?.hostedEvents.filter((event) => event.year == null).length, t('events')],
        ]
          .map(([count, label]) => `${count ?? 0} ${String(label).toLowerCase()}`)
          .join(', '),
    ]),
    el('ol', { class: 'timeline-entries' }, data.timeline.map((entry) =>
      el('li', { 'data-kind': entry.kind, 'data-year': String(entry.year ?? '') }, [
        el('time', {}, [entry.date]), ' ', el('span', { class: 'swatch', style: `background:${kindColours[entry.kind] ?? '#555'}` }), ' ', describe(entry),
      ]))),
  );
}
