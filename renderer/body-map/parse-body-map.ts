/**
 * Reads a body-map SVG (see scripts/media/README-body-map.md) into plain data, so the map is rebuilt as
 * React elements: no foreign markup is ever injected into the page.
 */
export interface ShapeData {
  d: string;
  fill: string | null;
  stroke: string | null;
}

export interface BodyMapData {
  viewBox: string;
  outline: ShapeData[];
  /** Muscle id → the shapes of its region (left and right side). */
  regions: Map<string, ShapeData[]>;
}

const MUSCLE_PREFIX = 'muscle-';

function shapes(group: Element | null): ShapeData[] {
  if (!group) return [];
  return [...group.querySelectorAll('path')].map((path) => ({
    d: path.getAttribute('d') ?? '',
    fill: path.getAttribute('fill'),
    stroke: path.getAttribute('stroke'),
  }));
}

export function parseBodyMap(svgText: string): BodyMapData {
  const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.documentElement;
  if (svg.nodeName !== 'svg' || document.querySelector('parsererror')) throw new Error('not an SVG drawing');
  const regions = new Map<string, ShapeData[]>();
  for (const group of svg.querySelectorAll(`g[id^="${MUSCLE_PREFIX}"]`)) regions.set(group.id.slice(MUSCLE_PREFIX.length), shapes(group));
  return { viewBox: svg.getAttribute('viewBox') ?? '0 0 400 900', outline: shapes(svg.querySelector('#body-outline')), regions };
}

const cache = new Map<string, Promise<BodyMapData>>();

/** Each drawing is fetched and parsed once per page, however often the guide opens. */
export function loadBodyMap(url: string): Promise<BodyMapData> {
  let entry = cache.get(url);
  if (!entry) {
    entry = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.text();
      })
      .then(parseBodyMap);
    entry.catch(() => cache.delete(url));
    cache.set(url, entry);
  }
  return entry;
}
