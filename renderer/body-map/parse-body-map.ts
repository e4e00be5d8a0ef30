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
  // getElementsByTagName, not querySelectorAll: the web export parses the same drawings outside a browser.
  return Array.from(group.getElementsByTagName('path'), (path) => ({
    d: path.getAttribute('d') ?? '',
    fill: path.getAttribute('fill'),
    stroke: path.getAttribute('stroke'),
  }));
}

/** What parses the SVG text: the browser's DOMParser, or an XML parser where there is none (the web export). */
export interface SvgParser {
  parseFromString(text: string, type: 'image/svg+xml'): Document;
}

export function parseBodyMap(svgText: string, parser: SvgParser = new DOMParser()): BodyMapData {
  const document = parser.parseFromString(svgText, 'image/svg+xml');
  const svg = document.documentElement;
  if (svg?.nodeName !== 'svg' || document.getElementsByTagName('parsererror').length > 0) throw new Error('not an SVG drawing');
  const regions = new Map<string, ShapeData[]>();
  let outline: Element | null = null;
  for (const group of Array.from(svg.getElementsByTagName('g'))) {
    const id = group.getAttribute('id') ?? '';
    if (id === 'body-outline') outline = group;
    else if (id.startsWith(MUSCLE_PREFIX)) regions.set(id.slice(MUSCLE_PREFIX.length), shapes(group));
  }
  return { viewBox: svg.getAttribute('viewBox') ?? '0 0 400 900', outline: shapes(outline), regions };
}

const cache = new Map<string, Promise<BodyMapData>>();
/** Drawings parsed, by URL: a screen opened again draws its map in the same frame as the rest of it. */
const parsed = new Map<string, BodyMapData>();

/** The drawing at `url` if it has been fetched and parsed already, else null. */
export function bodyMapNow(url: string): BodyMapData | null {
  return parsed.get(url) ?? null;
}

/** Each drawing is fetched and parsed once per page, however often the guide opens. */
export function loadBodyMap(url: string): Promise<BodyMapData> {
  let entry = cache.get(url);
  if (!entry) {
    entry = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => {
        const data = parseBodyMap(text);
        parsed.set(url, data);
        return data;
      });
    entry.catch(() => cache.delete(url));
    cache.set(url, entry);
  }
  return entry;
}
