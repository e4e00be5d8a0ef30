/** Plane forward kinematics in world units (cm), y up, angles in degrees counter-clockwise from +x. */
export const rad = (d) => (d * Math.PI) / 180;
export const deg = (r) => (r * 180) / Math.PI;
export const lerp = (a, b, t) => a + (b - a) * t;
export const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
export const dir = (angle, length = 1) => [length * Math.cos(rad(angle)), length * Math.sin(rad(angle))];
/** The point `length` away from `p` in direction `angle`: one link of a chain. */
export const from = (p, angle, length) => add(p, dir(angle, length));
export const dist = (a, b) => Math.hypot(b[0] - a[0], b[1] - a[1]);
export const angleOf = (a, b) => deg(Math.atan2(b[1] - a[1], b[0] - a[0]));
export const round = (x) => Math.round(x * 10) / 10;

/** Flexion at `joint` in degrees: 0 = the two segments in line, 90 = a right angle. */
export function flexion(a, joint, b) {
  let between = Math.abs(angleOf(joint, a) - angleOf(joint, b)) % 360;
  if (between > 180) between = 360 - between;
  return 180 - between;
}

/**
 * Two-link inverse kinematics (used only for hands that hold a fixed handle): the middle joint for a
 * chain root→target with link lengths l1, l2. bend +1 puts it counter-clockwise of the root→target line.
 */
export function middleJoint(root, target, l1, l2, bend) {
  const d = Math.min(dist(root, target), l1 + l2 - 1e-6);
  if (dist(root, target) > l1 + l2) throw new Error(`Target out of reach (${round(dist(root, target))} > ${l1 + l2} cm)`);
  const inner = deg(Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)));
  return from(root, angleOf(root, target) + bend * inner, l1);
}
