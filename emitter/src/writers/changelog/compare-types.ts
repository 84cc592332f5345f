import { compareCodeUnits } from "../../code-unit-order.js";
import type { Declaration, EnumBase, Property, TypeRef } from "../../model/ir.js";
import type { Change } from "./changes.js";
import { describeProperty, describeType } from "./describe-type.js";
import { pointerOf } from "./wire-locations.js";

/**
 * A change before it is judged: what `breaking.ts` needs beyond the change
 * itself. `openEnum` is whether an enum that gained a member still admits any
 * value of its base (so older readers accept the new one).
 */
export type Finding = Omit<Change, "breaking"> & { readonly openEnum?: boolean };

type Path = readonly (string | null)[];

/**
 * The changes from one version's declaration to the next one's of the same name.
 * Named types that a property refers to are compared under their own name, not
 * where they are used: a property whose type is `Voice` in both versions has not
 * changed, whatever `Voice` did.
 */
export function compareDeclarations(before: Declaration, after: Declaration): Finding[] {
  if (before.kind !== after.kind) return [typeChanged([], kindText(before), kindText(after))];
  switch (before.kind) {
    case "object": {
      const next = after as typeof before;
      return [
        ...compareProperties([], before.properties, next.properties),
        ...compareAdditional([], before.additionalProperties, next.additionalProperties),
      ];
    }
    case "enum": {
      const next = after as typeof before;
      return compareEnums([], before.members.map((member) => member.value), next.members.map((member) => member.value), before, next);
    }
    case "alias":
      return compareTypes([], before.type, (after as typeof before).type);
    case "union": {
      const next = after as typeof before;
      if (before.discriminator && next.discriminator && before.discriminator.property === next.discriminator.property) {
        const property = before.discriminator.property;
        return [
          ...compareMembers([], before.discriminator.variants.map(tagged(property)), next.discriminator.variants.map(tagged(property))),
          ...compareMembers([], before.nonObjectMembers.map(describeType), next.nonObjectMembers.map(describeType)),
        ];
      }
      if (before.discriminator || next.discriminator) return [typeChanged([], unionText(before), unionText(next))];
      return compareMembers([], before.members.map(describeType), next.members.map(describeType));
    }
  }
}

/** A discriminated variant by its tag and the type it selects: `"message" (MessageItem)`. */
function tagged(property: string) {
  return (variant: { readonly value: string; readonly target: string }) => `${property} ${JSON.stringify(variant.value)} (${variant.target})`;
}

function compareProperties(path: Path, before: readonly Property[], after: readonly Property[]): Finding[] {
  const findings: Finding[] = [];
  const old = new Map(before.map((property) => [property.name, property]));
  const next = new Map(after.map((property) => [property.name, property]));
  for (const name of [...new Set([...old.keys(), ...next.keys()])].sort(compareCodeUnits)) {
    const [was, is] = [old.get(name), next.get(name)];
    const at = [...path, name];
    if (!was) findings.push({ kind: "property-added", path: pointerOf(at), after: describeProperty(is!), optional: is!.optional });
    else if (!is) findings.push({ kind: "property-removed", path: pointerOf(at), before: describeProperty(was), optional: was.optional });
    else {
      if (was.optional !== is.optional) findings.push({ kind: is.optional ? "made-optional" : "made-required", path: pointerOf(at) });
      findings.push(...compareTypes(at, was.type, is.type));
    }
  }
  return findings;
}

function compareAdditional(path: Path, before: TypeRef | undefined, after: TypeRef | undefined): Finding[] {
  const at = [...path, null];
  if (before && after) return compareTypes(at, before, after);
  if (before === after) return [];
  return [typeChanged(at, before ? describeType(before) : "(none)", after ? describeType(after) : "(none)")];
}

/**
 * Two types at one place: nothing when their texts agree; otherwise the finest
 * change that explains the difference (a member of a union or an enum, a property
 * of an object written in line, the items of an array), else the type as a whole.
 */
function compareTypes(path: Path, before: TypeRef, after: TypeRef): Finding[] {
  if (describeType(before) === describeType(after)) return [];
  if (before.kind === "enum" && after.kind === "enum") return compareEnums(path, before.values, after.values, before, after);
  if (before.kind === "union" || after.kind === "union") return compareMembers(path, alternatives(before), alternatives(after));
  if (before.kind === "object" && after.kind === "object") {
    return [...compareProperties(path, before.properties, after.properties), ...compareAdditional(path, before.additionalProperties, after.additionalProperties)];
  }
  if (before.kind === "array" && after.kind === "array" && before.minItems === after.minItems && before.maxItems === after.maxItems) {
    return compareTypes([...path, null], before.items, after.items);
  }
  if (before.kind === "record" && after.kind === "record") return compareTypes([...path, null], before.values, after.values);
  return [typeChanged(path, describeType(before), describeType(after))];
}

/** A union's alternatives as texts; any other type is a union of one (so `string` → `string | null` is "variant null added"). */
function alternatives(type: TypeRef): string[] {
  return type.kind === "union" ? type.members.map(describeType) : [describeType(type)];
}

function compareMembers(path: Path, before: readonly string[], after: readonly string[]): Finding[] {
  const old = new Set(before);
  const next = new Set(after);
  const pointer = pointerOf(path);
  return [
    ...[...next].filter((member) => !old.has(member)).sort(compareCodeUnits).map((member): Finding => ({ kind: "variant-added", path: pointer, member })),
    ...[...old].filter((member) => !next.has(member)).sort(compareCodeUnits).map((member): Finding => ({ kind: "variant-removed", path: pointer, member })),
  ];
}

interface EnumFacts {
  readonly open: boolean;
  readonly base: EnumBase;
}

function compareEnums(path: Path, before: readonly (string | number)[], after: readonly (string | number)[], was: EnumFacts, is: EnumFacts): Finding[] {
  const pointer = pointerOf(path);
  if (describeType(was.base) !== describeType(is.base)) return [typeChanged(path, enumText(before, was), enumText(after, is))];
  const old = new Set(before.map((value) => JSON.stringify(value)));
  const next = new Set(after.map((value) => JSON.stringify(value)));
  const findings: Finding[] = [];
  if (was.open !== is.open) findings.push({ kind: is.open ? "enum-opened" : "enum-closed", path: pointer, before: enumText(before, was), after: enumText(after, is) });
  for (const member of [...next].filter((value) => !old.has(value)).sort(compareCodeUnits)) {
    findings.push({ kind: "enum-member-added", path: pointer, member, openEnum: is.open });
  }
  for (const member of [...old].filter((value) => !next.has(value)).sort(compareCodeUnits)) {
    findings.push({ kind: "enum-member-removed", path: pointer, member });
  }
  return findings;
}

function enumText(values: readonly (string | number)[], facts: EnumFacts): string {
  return describeType({ kind: "enum", values, open: facts.open, base: facts.base });
}

function typeChanged(path: Path, before: string, after: string): Finding {
  return { kind: "type-changed", path: pointerOf(path), before, after };
}

function kindText(declaration: Declaration): string {
  switch (declaration.kind) {
    case "object":
      return "an object";
    case "enum":
      return "an enum";
    case "alias":
      return describeType(declaration.type);
    case "union":
      return unionText(declaration);
  }
}

function unionText(declaration: Extract<Declaration, { kind: "union" }>): string {
  const discriminator = declaration.discriminator ? ` discriminated by ${JSON.stringify(declaration.discriminator.property)}` : "";
  return `${declaration.members.map(describeType).join(" | ")}${discriminator}`;
}
