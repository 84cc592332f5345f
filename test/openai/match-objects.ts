import { resolve, type Literal, type ObjectShape, type Shape } from "./shape.js";
import { memberCount, membersOf, type ScalarKind } from "./union-members.js";

export interface ObjectPair {
  readonly voicelive: Shape;
  readonly openai: Shape;
  /** The constants that identify the pair in a path (`type="message", role="user"`); empty if paired by resemblance. */
  readonly tags: ReadonlyMap<string, Literal>;
  /**
   * Tags that only one member fixes while the other allows a set of values
   * including it (a "bag" object standing for several members); the comparison takes
   * them as agreed instead of reporting the bag's whole set.
   */
  readonly narrowed: ReadonlySet<string>;
}

export interface ObjectMatch {
  readonly pairs: readonly ObjectPair[];
  readonly onlyVoiceLive: readonly Shape[];
  readonly onlyOpenAI: readonly Shape[];
}

/**
 * Pairs the object alternatives of two unions the way a reader would:
 * 1. by the constants both members carry (`type`, then `role` among the messages);
 * 2. a member against a "bag": one object on the other side that allows a set of
 *    values where the member has a constant (OpenAI's message `Content` with
 *    `type?: "input_text" | "input_audio"` against VoiceLive's content parts); a bag
 *    can stand for several members;
 * 3. what is left by resemblance (shared property names), so a VoiceLive session
 *    without `type` still meets OpenAI's `type: "realtime"` session instead of being
 *    reported as an unrelated member.
 */
export function matchObjects(voicelive: readonly Shape[], openai: readonly Shape[]): ObjectMatch {
  const pairs: ObjectPair[] = [];
  const leftV = new Set(voicelive);
  const leftO = new Set(openai);
  const take = (v: Shape, o: Shape, tags: ReadonlyMap<string, Literal>, narrowed: ReadonlySet<string> = new Set()) => {
    pairs.push({ voicelive: v, openai: o, tags, narrowed });
    leftV.delete(v);
    leftO.delete(o);
  };

  for (const v of voicelive) {
    const scored = [...leftO].map((o) => ({ o, tags: agreement(v, o) })).filter((c) => c.tags !== undefined && c.tags.size > 0);
    const best = Math.max(0, ...scored.map((c) => c.tags!.size));
    const winners = scored.filter((c) => c.tags!.size === best);
    if (winners.length === 1) take(v, winners[0]!.o, winners[0]!.tags!);
  }

  const bagPairs = [
    ...[...leftV].flatMap((v) => bagFor(v, openai).map((bag) => ({ v, o: bag.shape, bag }))),
    ...[...leftO].flatMap((o) => bagFor(o, voicelive).map((bag) => ({ v: bag.shape, o, bag }))),
  ];
  for (const { v, o, bag } of bagPairs) take(v, o, bag.tags, bag.narrowed);

  if (leftV.size === 1 && leftO.size === 1) {
    const [v] = leftV;
    const [o] = leftO;
    if (agreement(v!, o!)) take(v!, o!, new Map());
  }
  for (const v of [...leftV]) {
    const o = mostResembling(v, [...leftO].filter((candidate) => agreement(v, candidate)));
    if (o && mostResembling(o, [...leftV].filter((candidate) => agreement(candidate, o))) === v) take(v, o, new Map());
  }

  return { pairs, onlyVoiceLive: [...leftV], onlyOpenAI: [...leftO] };
}

/** The properties whose value is a single constant: how a reader tells union members apart. */
export function tagsOf(shape: Shape): ReadonlyMap<string, Literal> {
  const tags = new Map<string, Literal>();
  for (const [name, property] of objectOf(shape).properties) {
    const members = membersOf(property.shape);
    const [value] = members.scalars.values();
    if (memberCount(members) === 1 && value?.kind === "literals" && !value.open && value.values.length === 1) tags.set(name, value.values[0]!);
  }
  return tags;
}

/**
 * The tags two members both fix to the same constant; undefined when one cannot hold a
 * tag of the other (a different constant, or a closed set without it): then they
 * cannot be the same member.
 */
function agreement(a: Shape, b: Shape): ReadonlyMap<string, Literal> | undefined {
  const tagsA = tagsOf(a);
  const tagsB = tagsOf(b);
  const agreed = new Map<string, Literal>();
  for (const [name, value] of tagsA) {
    if (!tagsB.has(name)) {
      if (!allows(objectOf(b), name, value)) return undefined;
    } else if (tagsB.get(name) !== value) return undefined;
    else agreed.set(name, value);
  }
  for (const [name, value] of tagsB) if (!tagsA.has(name) && !allows(objectOf(a), name, value)) return undefined;
  return agreed;
}

/** Whether an object's property (if it declares one) can hold the value. */
function allows(object: ObjectShape, name: string, value: Literal): boolean {
  const property = object.properties.get(name);
  if (!property) return true;
  const members = membersOf(property.shape);
  const scalar = members.scalars.get("unknown") ?? members.scalars.get(typeof value as ScalarKind);
  if (scalar?.kind === "literals") return scalar.open || scalar.values.includes(value);
  return scalar !== undefined;
}

interface Bag {
  readonly shape: Shape;
  readonly tags: ReadonlyMap<string, Literal>;
  readonly narrowed: ReadonlySet<string>;
}

/** The one object among `candidates` that stands for `member` as a bag, if exactly one does. */
function bagFor(member: Shape, candidates: readonly Shape[]): Bag[] {
  const bags = candidates.flatMap((candidate) => {
    const tags = new Map<string, Literal>();
    const narrowed = new Set<string>();
    const object = objectOf(candidate);
    const candidateTags = tagsOf(candidate);
    for (const [name, value] of tagsOf(member)) {
      if (!object.properties.has(name)) continue;
      if (!allows(object, name, value)) return [];
      tags.set(name, value);
      if (!candidateTags.has(name)) narrowed.add(name);
    }
    return narrowed.size > 0 ? [{ shape: candidate, tags, narrowed }] : [];
  });
  return bags.length === 1 ? bags : [];
}

/** The candidate sharing the largest share of property names (Jaccard) with the shape, if any shares one at all. */
function mostResembling(shape: Shape, candidates: readonly Shape[]): Shape | undefined {
  const names = new Set(objectOf(shape).properties.keys());
  let best: Shape | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const other = new Set(objectOf(candidate).properties.keys());
    const shared = [...names].filter((name) => other.has(name)).length;
    const score = shared / new Set([...names, ...other]).size;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

export function objectOf(shape: Shape): ObjectShape {
  const target = resolve(shape);
  if (target.kind !== "object") throw new Error(`expected an object alternative, got ${target.kind}`);
  return target;
}
