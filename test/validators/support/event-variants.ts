// Which event types a version defines, read from its schema bundle: the branches of
// the `ServerEvent` / `ClientEvent` discriminated union. Never listed by hand, so an
// event added to the spec shows up here (and fails the run until it has an example).
import { type Direction, type JsonSchema, type SchemaBundle, unionName } from "./generated.js";

export interface EventVariant {
  /** The wire value of `type`, e.g. `response.audio.delta`. */
  type: string;
  /** The `$defs` entry of the event's model, e.g. `ServerEventResponseAudioDelta`. */
  definition: string;
}

export function eventVariants(schema: SchemaBundle, direction: Direction): EventVariant[] {
  const union = schema.$defs[unionName[direction]];
  if (!union) throw new Error(`schema has no ${unionName[direction]}`);
  const tag = (union.discriminator as { propertyName: string }).propertyName;
  return (union.oneOf as { $ref: string }[]).map(({ $ref }) => {
    const definition = definitionName($ref);
    const properties = schema.$defs[definition]?.properties as Record<string, JsonSchema> | undefined;
    const type = properties?.[tag]?.const;
    if (typeof type !== "string") throw new Error(`${definition}: the union's branch has no const "${tag}"`);
    return { type, definition };
  });
}

/** `#/$defs/Name` → `Name`. */
export function definitionName(ref: string): string {
  const prefix = "#/$defs/";
  if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref}`);
  return ref.slice(prefix.length);
}
