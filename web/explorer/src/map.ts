// The world map every view draws on: Natural Earth's countries (world-atlas, served from this
// server as its own file) in an SVG with d3-geo, and layers for arcs and city marks on top.
// No tile server: the page asks no other host for anything.
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { svg } from './dom';

const width = 960;
const height = 500;

/** The atlas, fetched once for every map of the page. */
let atlas: Promise<Topology<{ countries: GeometryCollection; land: GeometryCollection }>> | undefined;

/** A place with coordinates (a city); either may be unknown. */
export type Place = { latitude?: number | null; longitude?: number | null };

export class WorldMap {
  readonly element: SVGSVGElement;
  readonly arcs = svg('g', { class: 'arcs' });
  readonly marks = svg('g', { class: 'marks' });
  /** What zooming moves and scales. */
  private readonly view = svg('g', { class: 'view' });
  /** Each mark with its radius at scale 1, so zooming in keeps marks small. */
  private readonly radii: [SVGCircleElement, number][] = [];
  private readonly projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  private readonly path = geoPath(this.projection);

  constructor(parent: HTMLElement) {
    this.element = svg('svg', { class: 'world-map', viewBox: `0 0 ${width} ${height}`, role: 'img' }, [this.view]);
    const land = svg('g', { class: 'land' });
    this.view.append(
      svg('path', { class: 'sphere', d: this.path({ type: 'Sphere' }) ?? '' }),
      svg('path', { class: 'graticule', d: this.path(geoGraticule10()) ?? '' }),
      land,
      this.arcs,
      this.marks,
    );
    parent.append(this.element);
    atlas ??= fetch(atlasUrl).then((response) => response.json());
    void atlas.then((world) => {
      land.append(
        svg('path', { class: 'countries', d: this.path(feature(world, world.objects.countries)) ?? '' }),
        svg('path', {
          class: 'borders',
          d: this.path(mesh(world, world.objects.countries, (a, b) => a !== b)) ?? '',
        }),
      );
    });
  }

  /** Where a place falls on the map, or null without coordinates. */
  point(place: Place): [number, number] | null {
    if (place.latitude == null || place.longitude == null) return null;
    return this.projection([place.longitude, place.latitude]);
  }

  /** A dot for a place (nothing without coordinates), titled for its tooltip. */
  mark(place: Place, radius: number, title: string, attributes: Record<string, string | number> = {}): SVGCircleElement | null {
    const point = this.point(place);
    if (!point) return null;
    const circle = svg('circle', { cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: radius.toFixed(2), ...attributes }, [
      svg('title', {}, [title]),
    ]);
    this.marks.append(circle);
    this.radii.push([circle, radius]);
    return circle;
  }

  /**
   * Zoom with the wheel (about the pointer) and pan by dragging; `onZoom` hears each new scale.
   * Marks keep their size on screen; lines keep their width (`vector-effect` in the styles).
   */
  zoomable(onZoom: (scale: number) => void): void {
    let scale = 1;
    let x = 0;
    let y = 0;
    const apply = () => {
      this.view.setAttribute('transform', `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(3)})`);
      for (const [circle, radius] of this.radii) circle.setAttribute('r', (radius / scale).toFixed(3));
      onZoom(scale);
    };
    /** Screen pixels to map units. */
    const unit = () => width / this.element.getBoundingClientRect().width;
    this.element.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const box = this.element.getBoundingClientRect();
        const px = (event.clientX - box.left) * unit();
        const py = (event.clientY - box.top) * unit();
        const next = Math.min(40, Math.max(1, scale * Math.exp(-event.deltaY * 0.002)));
        // The point under the pointer stays where it is.
        x = px - ((px - x) * next) / scale;
        y = py - ((py - y) * next) / scale;
        scale = next;
        if (scale === 1) x = y = 0;
        apply();
      },
      { passive: false },
    );
    let dragging: { x: number; y: number } | null = null;
    this.element.addEventListener('pointerdown', (event) => {
      dragging = { x: event.clientX, y: event.clientY };
    });
    this.element.addEventListener('pointermove', (event) => {
      if (!dragging || scale === 1) return;
      x += (event.clientX - dragging.x) * unit();
      y += (event.clientY - dragging.y) * unit();
      dragging = { x: event.clientX, y: event.clientY };
      apply();
    });
    for (const end of ['pointerup', 'pointerleave'] as const) {
      this.element.addEventListener(end, () => {
        dragging = null;
      });
    }
  }

  /** The great-circle arc between two places (nothing if one has no coordinates). */
  arc(from: Place, to: Place, attributes: Record<string, string | number> = {}): SVGPathElement | null {
    if (from.latitude == null || from.longitude == null || to.latitude == null || to.longitude == null) return null;
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [from.longitude, from.latitude],
        [to.longitude, to.latitude],
      ],
    };
    const arc = svg('path', { class: 'arc', d: this.path(line) ?? '', ...attributes });
    this.arcs.append(arc);
    return arc;
  }
}
