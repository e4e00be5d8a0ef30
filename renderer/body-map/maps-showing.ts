/** Which body-map drawings to show for a set of muscles: a muscle on the front needs the front view. */
import type { BodyMapView, KioskContent } from '../../common/content-view';

/** The body-map views on which any of `muscleIds` is drawn, in the content's order. */
export function mapsShowing(content: Pick<KioskContent, 'bodyMaps' | 'muscles'>, muscleIds: readonly string[]): BodyMapView[] {
  const views = new Set(muscleIds.flatMap((id) => content.muscles[id]?.bodyMapViews ?? []));
  return content.bodyMaps.filter((map) => views.has(map.view));
}
