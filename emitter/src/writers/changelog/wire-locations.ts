import type { ApiModel } from "../../model/ir.js";
import { messageUnions } from "../../model/message-unions.js";
import { declarationReferences } from "../../model/references.js";
import { pointerSegment } from "../json-schema/pointers.js";
import type { WireLocation } from "./changes.js";

/**
 * Where each declaration is first met on the wire: breadth-first from the message
 * unions' variants (by union name, then tag value; only the event types `from`
 * accepts, when given), so the location is one of the shortest, and the same on
 * every run.
 */
export function wireLocations(model: ApiModel, from: (eventType: string) => boolean = () => true): Map<string, WireLocation> {
  const byName = new Map(model.declarations.map((declaration) => [declaration.name, declaration]));
  const found = new Map<string, WireLocation>();
  const queue: string[] = [];
  for (const union of messageUnions(model)) {
    for (const variant of union.discriminator!.variants) {
      if (found.has(variant.target) || !from(variant.value)) continue;
      found.set(variant.target, { eventType: variant.value, pointer: "" });
      queue.push(variant.target);
    }
  }
  for (let index = 0; index < queue.length; index++) {
    const at = found.get(queue[index]!)!;
    for (const reference of declarationReferences(byName.get(queue[index]!)!)) {
      if (found.has(reference.name)) continue;
      found.set(reference.name, { eventType: at.eventType, pointer: at.pointer + pointerOf(reference.path) });
      queue.push(reference.name);
    }
  }
  return found;
}

/** A path as a JSON Pointer, with `*` for any index or key. */
export function pointerOf(path: readonly (string | null)[]): string {
  return path.map((segment) => `/${segment === null ? "*" : pointerSegment(segment)}`).join("");
}
