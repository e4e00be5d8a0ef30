/** Plain machine parts: tubes, pads, pulleys and a weight stack whose top plates rise by `lift` cm. */
import { COLORS, capsule, circle, polyline } from './body.mjs';

export const tube = (a, b, r = 2.4, color = COLORS.frame) => capsule(a, b, r, r, color, { strokePx: 0 });
export const pad = (a, b, r) => capsule(a, b, r, r, COLORS.pad, { stroke: COLORS.padEdge, strokePx: 2 });
export const cable = (points) => polyline(points, 0.9, COLORS.cable);
export const pulley = (c, r = 4) => [circle(c, r, COLORS.frameDark, { stroke: COLORS.frame, strokePx: 3 }), circle(c, 1.2, COLORS.frame, { strokePx: 0 })];
export const floorBand = () => ({ type: 'floor' });

/**
 * A weight-stack tower seen from the side, between x0 and x1, up to `top` cm (may leave the frame).
 * Returns the parts and the point where the lifting cable leaves the top plate.
 */
export function weightStack(x0, x1, top, lift) {
  const parts = [];
  const mid = (x0 + x1) / 2;
  const plates = 12;
  const plateH = 3.4;
  const moving = 6; // the pin sits under the 6th plate from the top
  parts.push(tube([x0, 2], [x0, top], 2.6), tube([x1, 2], [x1, top], 2.6), tube([x0 - 4, 2], [x1 + 4, 2], 2.2, COLORS.frameDark));
  parts.push(polyline([[mid - 6, 4], [mid - 6, top]], 0.8, COLORS.frameDark), polyline([[mid + 6, 4], [mid + 6, top]], 0.8, COLORS.frameDark));
  const half = (x1 - x0) / 2 - 5;
  for (let i = 0; i < plates; i += 1) {
    const lifted = i >= plates - moving;
    const y = 4 + i * plateH + (lifted ? lift : 0);
    parts.push({ type: 'rect', x: mid - half, y, w: 2 * half, h: plateH - 0.5, r: 0.8, fill: lifted ? COLORS.plateLift : COLORS.plate });
  }
  const topY = 4 + plates * plateH + lift;
  parts.push({ type: 'rect', x: mid - 3, y: topY - 0.5, w: 6, h: 3, r: 1, fill: COLORS.frame });
  return { parts, cableStart: [mid, topY + 2.5] };
}
