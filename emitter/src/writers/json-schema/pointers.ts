/**
 * References to a bundle's definitions: `#/$defs/<Name>`, a JSON Pointer (RFC 6901:
 * `~` and `/` in a name become `~0` and `~1`) inside a URI fragment (RFC 3986:
 * everything else outside the unreserved set is percent-encoded). Every writer and
 * rewrite that builds or reads a `$ref` goes through here, and so does every other
 * JSON Pointer the emitter writes (the changelog's paths).
 */

const PREFIX = "#/$defs/";

/** The `$ref` of a definition: `definitionPointer("ServerEvent")` is `#/$defs/ServerEvent`. */
export function definitionPointer(name: string): string {
  return `${PREFIX}${fragmentSegment(name)}`;
}

/** One reference token of a JSON Pointer (RFC 6901): `~` becomes `~0`, `/` becomes `~1`. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One segment of a JSON Pointer in a URI fragment, as `$ref`s and AJV's `schemaPath`s write it. */
export function fragmentSegment(segment: string): string {
  return encodeURIComponent(pointerSegment(segment));
}

/** The definition a `$ref` points at, or undefined when it is not a `#/$defs/<Name>` pointer. */
export function definitionName(ref: unknown): string | undefined {
  if (typeof ref !== "string" || !ref.startsWith(PREFIX)) return undefined;
  const segment = decodeURIComponent(ref.slice(PREFIX.length));
  return segment.includes("/") ? undefined : segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
