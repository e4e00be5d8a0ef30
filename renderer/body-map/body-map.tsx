/** A body-map drawing with muscle regions: tappable buttons in the guide, a decorative highlight elsewhere. */
import { useEffect, useState } from 'react';
import type { BodyMapView, MuscleSummary } from '../../main/contract';
import { mediaUrl } from '../media-url';
import { loadBodyMap, type BodyMapData } from './parse-body-map';

export interface BodyMapProps {
  map: BodyMapView;
  /** Muscles to draw; only these regions are shown as muscles. */
  muscles: MuscleSummary[];
  highlighted: ReadonlySet<string>;
  /** When given, regions are buttons named after their muscle; otherwise the map is decorative. */
  onSelect?: (muscleId: string) => void;
  label: string;
}

export function BodyMap({ map, muscles, highlighted, onSelect, label }: BodyMapProps) {
  const [data, setData] = useState<BodyMapData | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    loadBodyMap(mediaUrl(map.file)).then(
      (loaded) => current && setData(loaded),
      (error: Error) => {
        console.error(`Body map ${map.file} could not be shown: ${error.message}`);
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [map.file]);

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
              {named && <path d={named.d} />}
            </g>
            {mirrors.map((shape, index) => (
              <g key={index} className={className} aria-hidden="true" onClick={select}>
                <path d={shape.d} />
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
