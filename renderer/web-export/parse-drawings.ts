/** The body-map drawings parsed once, outside a browser, with the same reader the kiosk uses. */
import { DOMParser } from '@xmldom/xmldom';
import { parseBodyMap, type BodyMapData } from '../body-map/parse-body-map';

const parsed = new Map<string, BodyMapData>();

export function parseDrawings(drawings: Record<string, string>): Map<string, BodyMapData> {
  const maps = new Map<string, BodyMapData>();
  for (const [file, text] of Object.entries(drawings)) {
    const key = `${file}\n${text}`;
    let data = parsed.get(key);
    if (!data) {
      data = parseBodyMap(text, new DOMParser());
      parsed.set(key, data);
    }
    maps.set(file, data);
  }
  return maps;
}
