/** The figure: a 175 cm adult with textbook segment proportions, drawn as rounded, tapered capsules. */
import { add, dir, from } from './kinematics.mjs';

export const COLORS = {
  background: '#0f172a',
  floor: '#162036',
  floorEdge: '#334155',
  body: '#e2e8f0',
  bodyFar: '#94a3b8',
  hair: '#64748b',
  work: '#fb923c',
  workFar: '#c2410c',
  shoe: '#cbd5e1',
  shoeFar: '#7c8aa0',
  frame: '#64748b',
  frameDark: '#475569',
  pad: '#334155',
  padEdge: '#64748b',
  plate: '#475569',
  plateLift: '#7c8aa0',
  cable: '#cbd5e1',
  strap: '#38bdf8',
};

/** Segment lengths in cm (after Winter's anthropometric table for a 175 cm adult). */
export const BODY = {
  thigh: 43,
  shank: 43,
  ankleHeight: 7,
  torso: 48, // hip joint to shoulder joint
  upperArm: 30,
  forearm: 26, // elbow to the centre of the grip
  neck: 8,
  headRadius: 11.5,
};

/** Radii (cm) at each end of a segment: the limbs taper towards the hands and feet. */
const R = {
  thigh: [8, 6],
  shank: [6, 4.2],
  upperArm: [4.8, 3.8],
  forearm: [3.8, 3],
  hand: 3.9,
  torso: [11.5, 12.5],
  neck: 4.6,
  heel: 4.2,
  toe: 3,
};

const OUTLINE = 3; // px of background colour around each body part, so overlapping limbs stay readable

export const capsule = (a, b, ra, rb, fill, extra = {}) => ({ type: 'capsule', a, b, ra, rb, fill, stroke: COLORS.background, strokePx: OUTLINE, ...extra });
export const circle = (c, r, fill, extra = {}) => ({ type: 'circle', c, r, fill, stroke: COLORS.background, strokePx: OUTLINE, ...extra });
export const polyline = (points, width, color, extra = {}) => ({ type: 'line', points, width, color, ...extra });
export const polygon = (points, fill, extra = {}) => ({ type: 'polygon', points, fill, ...extra });

/** Shank radius at fraction f (0 = knee, 1 = ankle): for placing pads and straps against the skin. */
export const shankRadiusAt = (f) => R.shank[0] + (R.shank[1] - R.shank[0]) * f;
export const thighRadiusAt = (f) => R.thigh[0] + (R.thigh[1] - R.thigh[0]) * f;

/**
 * A foot (with shoe) hanging off `ankle`, toes pointing in `footAngle`. The sole is BODY.ankleHeight below
 * the ankle, so a foot at angle 0 under an ankle 7 cm up stands flat on the floor.
 */
export function foot(ankle, footAngle, color) {
  const down = footAngle - 90;
  const heel = add(from(ankle, footAngle, -3), dir(down, BODY.ankleHeight - R.heel));
  const toe = add(from(ankle, footAngle, 18), dir(down, BODY.ankleHeight - R.toe));
  return [capsule(heel, toe, R.heel, R.toe, color)];
}

/** Lowest y of a foot drawn by foot(): for keeping a hovering foot off the floor. */
export function footLowest(ankle, footAngle) {
  const down = footAngle - 90;
  const heel = add(from(ankle, footAngle, -3), dir(down, BODY.ankleHeight - R.heel));
  const toe = add(from(ankle, footAngle, 18), dir(down, BODY.ankleHeight - R.toe));
  return Math.min(heel[1] - R.heel, toe[1] - R.toe);
}

/** Front-most x of a foot drawn by foot() for a figure facing +x: where its toes end. */
export function toeTip(ankle, footAngle) {
  const toe = add(from(ankle, footAngle, 18), dir(footAngle - 90, BODY.ankleHeight - R.toe));
  return toe[0] + R.toe;
}

/** Front-most x of a knee (the kneecap) for a figure facing +x: the knee joint plus the shank's radius there. */
export const kneeFront = (knee) => knee[0] + R.shank[0];

export function leg({ hip, knee, ankle, footAngle }, color, shoe) {
  return [capsule(hip, knee, R.thigh[0], R.thigh[1], color), capsule(knee, ankle, R.shank[0], R.shank[1], color), ...foot(ankle, footAngle, shoe)];
}

export function arm({ shoulder, elbow, hand }, color) {
  return [capsule(shoulder, elbow, R.upperArm[0], R.upperArm[1], color), capsule(elbow, hand, R.forearm[0], R.forearm[1], color), circle(hand, R.hand, color)];
}

/** Torso from hip to shoulder joint, then neck and head along `headAngle`. The hair marks the back of the head. */
export function torsoAndHead(hip, shoulder, headAngle) {
  const neckTop = from(shoulder, headAngle, BODY.neck);
  const head = from(shoulder, headAngle, BODY.neck + BODY.headRadius - 1);
  return [
    capsule(hip, shoulder, R.torso[0], R.torso[1], COLORS.body),
    capsule(shoulder, neckTop, R.neck, R.neck, COLORS.body, { strokePx: 0 }),
    circle(head, BODY.headRadius, COLORS.body),
    // Hair: a cap over the back and top of the head, with a little fringe above the face.
    { type: 'arc', c: head, r: BODY.headRadius - 2, from: headAngle - 20, to: headAngle + 140, width: 4, color: COLORS.hair },
  ];
}
