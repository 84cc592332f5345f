import { compareCodeUnits } from "../../code-unit-order.js";
import type { ApiModel, Direction, UnionDeclaration } from "../../model/ir.js";
import { judge } from "./breaking.js";
import type { Breaking, Change, Changelog, DirectionName, EventTypeChange, TypeChanges, VersionStep } from "./changes.js";
import { compareDeclarations } from "./compare-types.js";
import { messageUnions } from "../../model/message-unions.js";
import { wireLocations } from "./wire-locations.js";

const BOTH: Direction = { input: true, output: true };

/**
 * The changes between each pair of consecutive versions, newest pair first; undefined
 * when fewer than two versions are emitted (an unversioned spec, or one version).
 *
 * @param models one per emitted version, oldest first
 */
export function buildChangelog(models: readonly ApiModel[]): Changelog | undefined {
  const versioned = models.filter((model): model is ApiModel & { version: string } => model.version !== undefined);
  if (versioned.length < 2) return undefined;
  // A spec that states no usage at all says nothing about who sends what: every type could go both ways.
  const directionsKnown = versioned.some((model) => model.declarations.some((declaration) => declaration.direction.input || declaration.direction.output));
  const steps = versioned.slice(1).map((newer, index) => compareVersions(versioned[index]!, newer, directionsKnown));
  return { versions: versioned.map((model) => model.version), directionsKnown, steps: steps.reverse() };
}

function compareVersions(older: ApiModel & { version: string }, newer: ApiModel & { version: string }, directionsKnown: boolean): VersionStep {
  const oldByName = new Map(older.declarations.map((declaration) => [declaration.name, declaration]));
  const newByName = new Map(newer.declarations.map((declaration) => [declaration.name, declaration]));
  const directionOf = (name: string): Direction => {
    if (!directionsKnown) return BOTH;
    const [was, is] = [oldByName.get(name)?.direction, newByName.get(name)?.direction];
    return { input: Boolean(was?.input || is?.input), output: Boolean(was?.output || is?.output) };
  };
  const eventTypes = eventTypeChanges(older, newer, directionOf);
  const unions = [...messageUnions(older), ...messageUnions(newer)];
  const messageUnionNames = new Set(unions.map((union) => union.name));
  const eventTypesOf = eventTypesByModel(unions);
  const listedTags = tagEnumMembers(unions, eventTypes);
  // Where code written for the older version already meets a type, through an event type both versions have, if it can.
  const newerEventTypes = new Set(eventTypeValues(newer));
  const inBoth = new Set(eventTypeValues(older).filter((value) => newerEventTypes.has(value)));
  const locations = [wireLocations(newer, (eventType) => inBoth.has(eventType)), wireLocations(newer), wireLocations(older)];
  const types: TypeChanges[] = [];
  for (const [name, is] of newByName) {
    const was = oldByName.get(name);
    if (!was) continue;
    const direction = directionOf(name);
    const findings = compareDeclarations(was, is).filter(
      // Variants of a message union, and the members of the enum of its tag that name them, are its event types, listed on their own.
      (finding) =>
        !(messageUnionNames.has(name) && finding.path === "" && (finding.kind === "variant-added" || finding.kind === "variant-removed")) &&
        !(finding.kind.startsWith("enum-member-") && finding.member !== undefined && listedTags.get(name)?.has(finding.member)),
    );
    if (findings.length === 0) continue;
    const changes = findings.map(({ openEnum: _, ...change }, index): Change => ({ ...change, breaking: judge(findings[index]!, direction) }));
    const ownEventTypes = eventTypesOf.get(name) ?? [];
    types.push({
      name,
      direction: directionName(direction),
      eventTypes: ownEventTypes,
      foundAt: ownEventTypes.length > 0 ? undefined : locations.map((found) => found.get(name)).find(Boolean),
      changes,
    });
  }
  types.sort((a, b) => compareCodeUnits(a.name, b.name));
  const breaking = [...eventTypes.map((change) => change.breaking), ...types.flatMap((type) => type.changes.map((change) => change.breaking))];
  return {
    from: older.version,
    to: newer.version,
    eventTypes,
    addedTypes: [...newByName.keys()].filter((name) => !oldByName.has(name)).sort(compareCodeUnits),
    removedTypes: [...oldByName.keys()].filter((name) => !newByName.has(name)).sort(compareCodeUnits),
    types,
    breakingCount: { readers: count(breaking, "readers"), writers: count(breaking, "writers") },
  };
}

function eventTypeChanges(older: ApiModel, newer: ApiModel, directionOf: (name: string) => Direction): EventTypeChange[] {
  const oldUnions = new Map(messageUnions(older).map((union) => [union.name, union]));
  const newUnions = new Map(messageUnions(newer).map((union) => [union.name, union]));
  const changes: EventTypeChange[] = [];
  for (const name of [...new Set([...oldUnions.keys(), ...newUnions.keys()])].sort(compareCodeUnits)) {
    const direction = directionOf(name);
    const before = new Map(oldUnions.get(name)?.discriminator!.variants.map((variant) => [variant.value, variant.target]));
    const after = new Map(newUnions.get(name)?.discriminator!.variants.map((variant) => [variant.value, variant.target]));
    const change = (kind: "added" | "removed", type: string, model: string): EventTypeChange => ({
      union: name,
      direction: directionName(direction),
      change: kind,
      type,
      model,
      breaking: judge({ kind: kind === "added" ? "variant-added" : "variant-removed", path: "" }, direction),
    });
    for (const [type, model] of after) if (!before.has(type)) changes.push(change("added", type, model));
    for (const [type, model] of before) if (!after.has(type)) changes.push(change("removed", type, model));
  }
  return changes;
}

/**
 * For the enum that types a message union's tag (`ServerEventType` of `ServerEvent`),
 * its members (as JSON) that name an event type added or removed: the same change,
 * listed once, under event types.
 */
function tagEnumMembers(unions: readonly UnionDeclaration[], eventTypes: readonly EventTypeChange[]): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const union of unions) {
    const tag = union.sharedProperties.find((property) => property.name === union.discriminator!.property);
    if (tag?.type.kind !== "ref") continue;
    const listed = members.get(tag.type.name) ?? new Set();
    for (const change of eventTypes) if (change.union === union.name) listed.add(JSON.stringify(change.type));
    members.set(tag.type.name, listed);
  }
  return members;
}

function eventTypeValues(model: ApiModel): string[] {
  return messageUnions(model).flatMap((union) => union.discriminator!.variants.map((variant) => variant.value));
}

/** The event types each declaration is the model of, in either version (`unions`: the message unions of both). */
function eventTypesByModel(unions: readonly UnionDeclaration[]): Map<string, string[]> {
  const byModel = new Map<string, Set<string>>();
  for (const union of unions) {
    for (const variant of union.discriminator!.variants) {
      byModel.set(variant.target, (byModel.get(variant.target) ?? new Set()).add(variant.value));
    }
  }
  return new Map([...byModel].map(([name, values]) => [name, [...values].sort(compareCodeUnits)]));
}

function directionName(direction: Direction): DirectionName {
  if (direction.input && direction.output) return "both";
  if (direction.input) return "input";
  return direction.output ? "output" : "none";
}

function count(breaking: readonly Breaking[], side: keyof Breaking): number {
  return breaking.filter((flags) => flags[side]).length;
}
