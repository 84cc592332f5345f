import type { Interface, Namespace, Program, Type } from "@typespec/compiler";
import {
  createMetadataInfo,
  getHttpService,
  resolveRequestVisibility,
  Visibility,
  type HttpPayloadBody,
  type MetadataInfo,
} from "@typespec/http";

/** A type that an HTTP operation sends or receives as its JSON body, and the visibility it travels under. */
export interface BodyUse {
  readonly type: Type;
  readonly visibility: Visibility;
}

/**
 * What `@typespec/http` says travels in the bodies of a service's operations. The
 * library's own answers decide: which properties are payload under a visibility
 * (headers, query and path parameters are metadata; `@visibility` filters), which
 * are optional (PATCH), and what each operation's body is once its envelope (`@body`,
 * `@header` siblings, `@statusCode`) is taken off.
 */
export interface HttpPayloads {
  readonly metadata: MetadataInfo;
  readonly bodies: readonly BodyUse[];
}

/**
 * The visibility a type is read under when no operation says otherwise: what the
 * service sends. Its declarations keep their plain names; other visibilities add the
 * HTTP library's suffix (`WidgetCreate`), as its OpenAPI emitters do.
 */
export const CANONICAL_VISIBILITY = Visibility.Read;

/** The visibility of a collection's items, in which the HTTP library applies no metadata (undefined stays undefined). */
export function itemVisibility(visibility: number | undefined): number | undefined {
  return visibility === undefined ? undefined : visibility | Visibility.Item;
}

/** Undefined for a service without operations (a message protocol such as VoiceLive's events): every property travels. */
export function httpPayloads(program: Program, namespace: Namespace): HttpPayloads | undefined {
  if (!hasOperations(namespace)) return undefined;
  // Route problems are reported by the HTTP library's own validation and by the emitters that write routes.
  const [service] = getHttpService(program, namespace);
  const bodies: BodyUse[] = [];
  for (const operation of service.operations) {
    const request = operation.parameters.body;
    if (isJsonBody(request)) bodies.push({ type: request.type, visibility: resolveRequestVisibility(program, operation.operation, operation.verb) });
    for (const response of operation.responses) {
      for (const content of response.responses) {
        if (isJsonBody(content.body)) bodies.push({ type: content.body.type, visibility: Visibility.Read });
      }
    }
  }
  return { metadata: createMetadataInfo(program, { canonicalVisibility: CANONICAL_VISIBILITY }), bodies };
}

/**
 * A single body in JSON: `application/json` or a `+json` media type (the default when
 * none is declared). Multipart forms, files and other media types are not JSON documents.
 */
function isJsonBody(body: HttpPayloadBody | undefined): body is Extract<HttpPayloadBody, { bodyKind: "single" }> {
  if (body?.bodyKind !== "single") return false;
  return body.contentTypes.length === 0 || body.contentTypes.some((type) => /^application\/(?:[\w.-]+\+)?json\b/i.test(type));
}

function hasOperations(container: Namespace | Interface): boolean {
  if (container.operations.size > 0) return true;
  if (container.kind === "Interface") return false;
  return [...container.interfaces.values(), ...container.namespaces.values()].some(hasOperations);
}
