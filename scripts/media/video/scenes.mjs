/**
 * The three exercises as poses of one figure. For each, joints(p) maps movement progress p (0 = start
 * position, 1 = end of the working movement) to joint angles and chains the segments with forward
 * kinematics; draw(p) turns that pose and its machine into parts to draw, back to front.
 */
import { BODY, COLORS, arm, capsule, circle, footLowest, kneeFront, leg, shankRadiusAt, thighRadiusAt, toeTip, torsoAndHead } from './body.mjs';
import { add, angleOf, deg, dir, dist, flexion, from, lerp, middleJoint } from './kinematics.mjs';
import { cable, floorBand, pad, pulley, tube, weightStack } from './machines.mjs';

/* ---------- Seated leg curl: thighs held on the seat, knee bends ~20° → ~105° around the lever's pivot. ---------- */

const CURL = { seatTop: 56, thighAngle: -2.5, torsoAngle: 90 + 14, kneeStart: 20, kneeEnd: 105 };

/** How high (cm) the working plates stay above the rest of the stack at the start: the muscles never rest. */
const STACK_PRELOAD = 3;

function legCurlJoints(p) {
  const hip = [-2, CURL.seatTop + 9];
  const knee = from(hip, CURL.thighAngle, BODY.thigh); // the knee sits on the lever's pivot axis
  const kneeFlexion = lerp(CURL.kneeStart, CURL.kneeEnd, p); // never quite straight at the start
  const shankAngle = CURL.thighAngle - kneeFlexion;
  const ankle = from(knee, shankAngle, BODY.shank);
  const footAngle = shankAngle + 90 + 8; // toes pulled up
  const shoulder = from(hip, CURL.torsoAngle, BODY.torso);
  const hand = [5, CURL.seatTop + 5]; // on the side handle
  const elbow = middleJoint(shoulder, hand, BODY.upperArm, BODY.forearm, -1); // elbow points back
  return { hip, knee, ankle, footAngle, shankAngle, kneeFlexion, shoulder, elbow, hand };
}

/** Stack lift: the preload, plus cam radius × lever turn, roughly. */
const legCurlLift = (j) => STACK_PRELOAD + 0.3 * (j.kneeFlexion - CURL.kneeStart);

function legCurl(p) {
  const j = legCurlJoints(p);
  const { hip, knee, shoulder, shankAngle } = j;
  const { seatTop, torsoAngle } = CURL;
  const back = torsoAngle + 90;
  // Roller pad on the back of the lower leg just above the Achilles tendon; the lever turns with the shank.
  const rollerR = 6.5;
  const rollerAt = 0.82;
  const roller = add(from(knee, shankAngle, BODY.shank * rollerAt), dir(shankAngle - 90, shankRadiusAt(rollerAt) + rollerR - 0.3));
  // Thigh pad on top of the thighs, just behind the knee.
  const thighPadR = 4.2;
  const padY = knee[1] + thighRadiusAt(0.7) + thighPadR - 1;
  const thighPadA = [knee[0] - 20, padY + 0.8];
  const thighPadB = [knee[0] - 4, padY];
  const camR = 8.5;
  const lift = legCurlLift(j);
  const stack = weightStack(-78, -50, 152, lift);
  const backrestA = add(from(hip, back, 12 + 4.5), dir(torsoAngle, -4));
  const backrestB = from(backrestA, torsoAngle, 62);
  return [
    floorBand(),
    ...stack.parts,
    cable([stack.cableStart, [-64, 149], [-50, 149]]),
    ...pulley([-64, 148], 3.4),
    cable([[knee[0] - camR, knee[1]], [knee[0] - camR, 12], [-46, 12], [-46, 149]]), // from the cam, down, along the base, up the tower
    ...pulley([knee[0] - camR + 3, 12], 3),
    ...pulley([-46 + 3, 12], 3),
    tube([-84, 2.5], [70, 2.5], 2.6, COLORS.frameDark),
    tube([6, seatTop - 8], [6, 3]),
    tube(add(backrestA, dir(back, 3)), [-34, 3]),
    tube(knee, [62, 3], 2.8),
    tube([knee[0] - 4, seatTop - 6], [6, seatTop - 6], 2),
    tube(thighPadB, [knee[0] + 9, padY + 2], 1.8),
    tube([knee[0] + 9, padY + 2], [knee[0] + 9, knee[1]], 1.8),
    tube(roller, knee, 2.2),
    circle(knee, camR, COLORS.frameDark, { stroke: COLORS.frame, strokePx: 3 }),
    pad([-14, seatTop - 4.5], [34, seatTop - 4.5], 4.5),
    pad(backrestA, backrestB, 4.5),
    tube([-4, seatTop - 7], j.hand, 1.8), // side handle
    ...torsoAndHead(hip, shoulder, torsoAngle - 10),
    ...leg(j, COLORS.work, COLORS.shoe),
    pad(thighPadA, thighPadB, thighPadR),
    circle(roller, rollerR, COLORS.pad, { stroke: COLORS.padEdge, strokePx: 3 }),
    circle(roller, 1.6, COLORS.frame, { strokePx: 0 }),
    ...arm(j, COLORS.body),
  ];
}

/* ---------- Cable deadlift: from knees ~80° and hips hinged with a straight back to standing tall, knees soft. ---------- */

/**
 * Bottom (p = 0) → top (p = 1), in degrees forward of vertical or of straight. The shins lean ~20° at the
 * bottom, so the knees stay behind the toes; the arms hang straight, drawn a little forward by the cable.
 */
const DEADLIFT = { shinLean: [19, 5], kneeFlexion: [80, 10], trunkLean: [54, 0], armLean: [12, 9] };
const DEADLIFT_ANKLE = [0, BODY.ankleHeight];
/** The low pulley sits about 20 cm in front of the toes, so the cable rises to the bar close to vertical. */
const LOW_PULLEY_DEADLIFT = [toeTip(DEADLIFT_ANKLE, 0) + 20, 11];
const DEADLIFT_PULLEY_R = 4;
const DEADLIFT_TOWER = LOW_PULLEY_DEADLIFT[0] + 8; // front post of the stack, just behind the pulley

function deadliftJoints(p) {
  const ankle = DEADLIFT_ANKLE;
  const shinLean = lerp(...DEADLIFT.shinLean, p);
  const kneeFlexion = lerp(...DEADLIFT.kneeFlexion, p); // soft knees at the top, as the tips say: never locked
  const trunkLean = lerp(...DEADLIFT.trunkLean, p); // the back stays straight
  const knee = from(ankle, 90 - shinLean, BODY.shank);
  const hip = from(knee, 90 - shinLean + kneeFlexion, BODY.thigh);
  const shoulder = from(hip, 90 - trunkLean, BODY.torso);
  const armAngle = -90 + lerp(...DEADLIFT.armLean, p);
  const elbow = from(shoulder, armAngle, BODY.upperArm);
  const hand = from(shoulder, armAngle, BODY.upperArm + BODY.forearm);
  // The cable leaves the pulley where it is tangent to it, on the side facing the lifter.
  const low = LOW_PULLEY_DEADLIFT;
  const cableOff = from(low, angleOf(low, hand) + deg(Math.acos(DEADLIFT_PULLEY_R / dist(low, hand))), DEADLIFT_PULLEY_R);
  return { ankle, knee, hip, shoulder, elbow, hand, cableOff, shinLean, trunkLean, footAngle: 0 };
}

/** How far the stack has risen: the cable paid out between the bar and the pulley since the bottom. */
const deadliftLift = (j) => dist(j.hand, LOW_PULLEY_DEADLIFT) - dist(deadliftJoints(0).hand, LOW_PULLEY_DEADLIFT);

function deadlift(p) {
  const j = deadliftJoints(p);
  const low = LOW_PULLEY_DEADLIFT;
  const tower = DEADLIFT_TOWER;
  const stack = weightStack(tower, tower + 28, 215, deadliftLift(j));
  return [
    floorBand(),
    ...stack.parts,
    cable([stack.cableStart, [tower + 14, 215]]),
    cable([low, [tower - 2, 4], [tower - 2, 215]]),
    tube([low[0] - 10, 2.5], [tower + 34, 2.5], 2.6, COLORS.frameDark),
    tube([low[0] + 4, 11], [tower, 11], 1.8),
    ...pulley(low, DEADLIFT_PULLEY_R),
    ...torsoAndHead(j.hip, j.shoulder, 90 - j.trunkLean * 0.8),
    ...leg(j, COLORS.work, COLORS.shoe),
    cable([j.hand, j.cableOff]),
    tube(add(j.hand, [-7, 0.8]), add(j.hand, [7, -0.8]), 1.7, COLORS.cable), // the bar, turned a little towards the viewer
    ...arm(j, COLORS.body),
  ];
}

/* ---------- Standing cable kickback: strapped leg extends at the hip, knee soft, torso upright. ---------- */

const TOWER_FRONT = 60;
const LOW_PULLEY_KICKBACK = [TOWER_FRONT - 4, 11];
const STRAP_AT = 0.9;
/**
 * The movement is at the hip only ("move only from the hip"): the working knee keeps one soft bend all through
 * the kick, and the hip goes from the thigh under the hip (p = 0) to ~18° of extension (p = 1).
 */
const KICK = { kneeFlexion: 24, hipExtension: [0, 18] };

function kickbackJoints(p) {
  const standAnkle = [0, BODY.ankleHeight];
  const standKnee = from(standAnkle, 90 - 3, BODY.shank);
  const hip = from(standKnee, 90 - 3 + 3, BODY.thigh); // standing knee soft (3°)
  const trunkLean = 5;
  const shoulder = from(hip, 90 - trunkLean, BODY.torso);
  const hipExtension = lerp(...KICK.hipExtension, p);
  const kneeFlexion = KICK.kneeFlexion;
  const thighAngle = 270 - hipExtension;
  const shankAngle = thighAngle - kneeFlexion;
  const knee = from(hip, thighAngle, BODY.thigh);
  const ankle = from(knee, shankAngle, BODY.shank);
  const footAngle = shankAngle + 90 + 32; // foot flexed, heel leads
  const strap = from(knee, shankAngle, BODY.shank * STRAP_AT);
  const ring = add(strap, dir(shankAngle + 90, shankRadiusAt(STRAP_AT) + 1.8));
  const hand = [TOWER_FRONT - 6, 128];
  const elbow = middleJoint(shoulder, hand, BODY.upperArm, BODY.forearm, -1);
  return { standAnkle, standKnee, hip, shoulder, knee, ankle, footAngle, shankAngle, strap, ring, hand, elbow, trunkLean, hipExtension };
}

/** Stack lift: the preload, plus the cable paid out between the ankle strap and the pulley since the start. */
const kickbackLift = (j) => STACK_PRELOAD + dist(j.ring, LOW_PULLEY_KICKBACK) - dist(kickbackJoints(0).ring, LOW_PULLEY_KICKBACK);

function kickback(p) {
  const j = kickbackJoints(p);
  const low = LOW_PULLEY_KICKBACK;
  const stack = weightStack(TOWER_FRONT + 4, TOWER_FRONT + 32, 215, kickbackLift(j));
  const across = j.shankAngle + 90;
  const r = shankRadiusAt(STRAP_AT) + 1;
  return [
    floorBand(),
    ...stack.parts,
    cable([stack.cableStart, [TOWER_FRONT + 18, 215]]),
    cable([low, [TOWER_FRONT + 2, 4], [TOWER_FRONT + 2, 215]]),
    tube([TOWER_FRONT - 10, 2.5], [TOWER_FRONT + 38, 2.5], 2.6, COLORS.frameDark),
    tube([TOWER_FRONT, j.hand[1]], j.hand, 1.8),
    ...pulley(low, 4),
    ...leg({ hip: j.hip, knee: j.standKnee, ankle: j.standAnkle, footAngle: 0 }, COLORS.bodyFar, COLORS.shoeFar),
    ...arm({ shoulder: add(j.shoulder, [1.5, 0]), elbow: add(j.elbow, [1.5, 0]), hand: j.hand }, COLORS.bodyFar),
    ...torsoAndHead(j.hip, j.shoulder, 90 - j.trunkLean),
    cable([j.ring, low]),
    ...leg(j, COLORS.work, COLORS.shoe),
    capsule(from(j.strap, across, -r), from(j.strap, across, r), 2.2, 2.2, COLORS.strap, { strokePx: 2 }),
    circle(j.ring, 1.5, COLORS.background, { stroke: COLORS.cable, strokePx: 2 }),
    ...arm(j, COLORS.body),
  ];
}

/** The figures a reviewer measures on a frame: name, value and unit. */
const figure = (name, value, unit) => ({ name, value, unit });

/**
 * Per exercise: draw(p), the figures at p (for the log and the plausibility checks, from the same joints the
 * drawing uses) and the view: px per cm, the pixel column of world x = 0 and the pixel row of the floor.
 */
export const SCENES = {
  'seated-leg-curl': {
    draw: legCurl,
    figures: (p) => {
      const j = legCurlJoints(p);
      return [
        figure('knee flexion', flexion(j.hip, j.knee, j.ankle), '°'),
        figure('hip flexion', flexion(j.shoulder, j.hip, j.knee), '°'),
        figure('stack lift', legCurlLift(j), 'cm'),
        figure('foot above the floor', footLowest(j.ankle, j.footAngle), 'cm'),
      ];
    },
    view: { scale: 3.55, x0: 330, floor: 640 },
  },
  'cable-deadlift': {
    draw: deadlift,
    figures: (p) => {
      const j = deadliftJoints(p);
      const toes = toeTip(j.ankle, j.footAngle);
      return [
        figure('knee flexion', flexion(j.hip, j.knee, j.ankle), '°'),
        figure('hip flexion', flexion(j.shoulder, j.hip, j.knee), '°'),
        figure('shin lean', j.shinLean, '°'),
        figure('knee past the toes', kneeFront(j.knee) - toes, 'cm'),
        figure('pulley in front of the toes', LOW_PULLEY_DEADLIFT[0] - toes, 'cm'),
        figure('cable from vertical', deg(Math.atan2(j.cableOff[0] - j.hand[0], j.hand[1] - j.cableOff[1])), '°'),
        figure('stack lift', deadliftLift(j), 'cm'),
      ];
    },
    view: { scale: 3.4, x0: 276, floor: 650 },
  },
  kickback: {
    draw: kickback,
    figures: (p) => {
      const j = kickbackJoints(p);
      return [
        figure('knee flexion', flexion(j.hip, j.knee, j.ankle), '°'),
        figure('hip extension', j.hipExtension, '°'),
        figure('stack lift', kickbackLift(j), 'cm'),
        figure('foot above the floor', footLowest(j.ankle, j.footAngle), 'cm'),
      ];
    },
    view: { scale: 3.4, x0: 318, floor: 650 },
  },
};
