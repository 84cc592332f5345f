/** JSON Pointers (RFC 6901), as AJV writes `instancePath` and `schemaPath`. */

/** A key as a pointer segment: `~` as `~0`, `/` as `~1`. */
export const pointerSegment = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** A key as a segment of a URI fragment (`schemaPath`): a pointer segment, percent-encoded. */
export const fragmentSegment = (key: string): string => encodeURIComponent(pointerSegment(key));

/** A pointer's segments, unescaped. */
export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
