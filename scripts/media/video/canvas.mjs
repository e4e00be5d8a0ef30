/**
 * The in-page renderer, passed to page.evaluate(): draws one frame's parts on the 720×720 canvas #stage.
 * World units are cm with y up; the view maps them to pixels. It must not reach for anything outside its
 * arguments (Playwright serialises the function's source).
 */
/* global document */
export function drawFrame({ parts, view, size, colors }) {
  const canvas = document.getElementById('stage');
  const g = canvas.getContext('2d');
  const s = view.scale;
  const rad = (d) => (d * Math.PI) / 180;
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.fillStyle = colors.background;
  g.fillRect(0, 0, size, size);
  g.setTransform(s, 0, 0, -s, view.x0, view.floor); // world cm, y up, floor at y = 0
  g.lineJoin = 'round';
  g.lineCap = 'round';

  const finish = (part) => {
    if (part.fill) {
      g.fillStyle = part.fill;
      g.fill();
    }
    if (part.stroke && part.strokePx) {
      g.strokeStyle = part.stroke;
      g.lineWidth = part.strokePx / s;
      g.stroke();
    }
  };

  for (const part of parts) {
    g.beginPath();
    if (part.type === 'floor') {
      g.setTransform(1, 0, 0, 1, 0, 0);
      g.fillStyle = colors.floor;
      g.fillRect(0, view.floor, size, size - view.floor);
      g.fillStyle = colors.floorEdge;
      g.fillRect(0, view.floor, size, 2);
      g.setTransform(s, 0, 0, -s, view.x0, view.floor);
    } else if (part.type === 'capsule') {
      // Convex hull of two circles: a rounded, tapered limb.
      const [ax, ay] = part.a;
      const [bx, by] = part.b;
      const d = Math.hypot(bx - ax, by - ay);
      const u = Math.atan2(by - ay, bx - ax);
      if (d <= Math.abs(part.ra - part.rb) + 1e-6) {
        g.arc(ax, ay, Math.max(part.ra, part.rb), 0, Math.PI * 2);
      } else {
        const alpha = Math.acos((part.ra - part.rb) / d);
        g.arc(ax, ay, part.ra, u + alpha, u + 2 * Math.PI - alpha);
        g.arc(bx, by, part.rb, u - alpha, u + alpha);
        g.closePath();
      }
      finish(part);
    } else if (part.type === 'circle') {
      g.arc(part.c[0], part.c[1], part.r, 0, Math.PI * 2);
      finish(part);
    } else if (part.type === 'rect') {
      g.roundRect(part.x, part.y, part.w, part.h, part.r ?? 0);
      finish(part);
    } else if (part.type === 'polygon') {
      part.points.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
      g.closePath();
      finish(part);
    } else if (part.type === 'line') {
      part.points.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
      g.strokeStyle = part.color;
      g.lineWidth = part.width;
      g.stroke();
    } else if (part.type === 'arc') {
      g.arc(part.c[0], part.c[1], part.r, rad(part.from), rad(part.to));
      g.strokeStyle = part.color;
      g.lineWidth = part.width;
      g.stroke();
    }
  }
  return canvas.toDataURL('image/png');
}
