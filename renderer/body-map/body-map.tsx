/** A body-map drawing with muscle regions: tappable buttons in the guide, a decorative highlight elsewhere. */
import './body-map.css';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { BodyMapView, MuscleSummary } from '../../common/content-view';
import { mediaUrl } from '../media-url';
import { bodyMapNow, loadBodyMap, type BodyMapData } from './parse-body-map';

/** Drawings already parsed, by file: the web export draws the maps into static pages, with no fetch to wait for. */
export const BodyMapDataContext = createContext<ReadonlyMap<string, BodyMapData> | null>(null);

export interface BodyMapProps {
  map: BodyMapView;
  /** Muscles to draw; only these regions are shown as muscles. */
  muscles: MuscleSummary[];
  highlighted: ReadonlySet<string>;
  /** When given, regions are buttons named after their muscle; otherwise the map is decorative. */
  onSelect?: (muscleId: string) => void;
  label: string;
  /** Puts a number on each muscle, in the order of `muscles`, to match a BodyMapLegend. */
  numbered?: boolean;
}

/** Moves a marker to the centre of its drawn muscle; the muscles are drawn, and their refs set, before it. */
function placeMarker(marker: SVGGElement | null, muscle: SVGPathElement | undefined): void {
  if (!marker || !muscle) return;
  const box = muscle.getBBox();
  marker.setAttribute('transform', `translate(${box.x + box.width / 2} ${box.y + box.height / 2})`);
}

export function BodyMap({ map, muscles, highlighted, onSelect, label, numbered = false }: BodyMapProps) {
  const preloaded = useContext(BodyMapDataContext)?.get(map.file) ?? null;
  const url = mediaUrl(map.file);
  // Drawn at once when this page parsed the drawing before (the member's second visit, every attract loop after the
  // first), not one render later: the screen comes in whole, in one frame.
  const data = preloaded ?? bodyMapNow(url);
  // Set when the drawing arrives: this renders again, and finds it parsed.
  const [, setArrived] = useState<BodyMapData | null>(null);
  const [failed, setFailed] = useState(false);
  const namedPaths = useRef(new Map<string, SVGPathElement>());
  const drawn = data !== null;

  useEffect(() => {
    if (drawn) return;
    let current = true;
    loadBodyMap(url).then(
      (loaded) => current && setArrived(loaded),
      (error: Error) => {
        console.error(`Body map ${map.file} could not be shown: ${error.message}`);
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [url, map.file, drawn]);

  if (failed || !data) return <div className="body-map body-map--empty" aria-hidden="true" />;
  const interactive = Boolean(onSelect);
  return (
    <svg className="body-map" viewBox={data.viewBox} role={interactive ? 'group' : 'img'} aria-label={label} aria-hidden={interactive ? undefined : true}>
      <g className="body-map__outline">
        {data.outline.map((shape, index) => (
          <path key={index} d={shape.d} fill={shape.fill ?? undefined} stroke={shape.stroke ?? undefined} />
        ))}
      </g>
      {muscles.map((muscle) => {
        const shapes = data.regions.get(muscle.id);
        if (!shapes) return null;
        const className = `body-map__region${highlighted.has(muscle.id) ? ' body-map__region--highlighted' : ''}`;
        if (!onSelect) {
          return (
            <g key={muscle.id} className={className}>
              {shapes.map((shape, index) => <path key={index} d={shape.d} />)}
            </g>
          );
        }
        const select = () => onSelect(muscle.id);
        // One side is the named button; the mirror side is tappable too but hidden from assistive tech,
        // so each muscle is one button whose centre lies on the muscle, not between the legs.
        const [named, ...mirrors] = shapes;
        return (
          <g key={muscle.id} data-muscle={muscle.id}>
            <g
              className={className}
              role="button"
              tabIndex={0}
              aria-label={muscle.name}
              aria-pressed={highlighted.has(muscle.id)}
              onClick={select}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  select();
                }
              }}
            >
              {named && (
                <path
                  d={named.d}
                  ref={(path) => {
                    if (path) namedPaths.current.set(muscle.id, path);
                    else namedPaths.current.delete(muscle.id);
                  }}
                />
              )}
            </g>
            {mirrors.map((shape, index) => (
              <g key={index} className={className} aria-hidden="true" onClick={select}>
                <path d={shape.d} />
              </g>
            ))}
          </g>
        );
      })}
      {numbered && (
        <g className="body-map__markers" aria-hidden="true">
          {muscles.map((muscle, index) =>
            data.regions.has(muscle.id) ? (
              <g key={muscle.id} ref={(marker) => placeMarker(marker, namedPaths.current.get(muscle.id))}>
                <circle r="11" />
                <text dy="0.35em">{index + 1}</text>
              </g>
            ) : null,
          )}
        </g>
      )}
    </svg>
  );
}
