/**
 * The names beside a numbered body map, so a member knows which strip is which muscle. It repeats the
 * map's own buttons for the eye and the finger; assistive tech already has those buttons, so it hides this.
 */
import './body-map-legend.css';
import type { MuscleSummary } from '../../common/content-view';

export function BodyMapLegend({ muscles, highlighted, onSelect }: { muscles: MuscleSummary[]; highlighted: ReadonlySet<string>; onSelect: (muscleId: string) => void }) {
  return (
    <ol className="body-map-legend" aria-hidden="true">
      {muscles.map((muscle, index) => (
        <li key={muscle.id} className={`body-map-legend__item${highlighted.has(muscle.id) ? ' body-map-legend__item--highlighted' : ''}`} onClick={() => onSelect(muscle.id)}>
          <span className="body-map-legend__number">{index + 1}</span>
          {muscle.name}
        </li>
      ))}
    </ol>
  );
}
