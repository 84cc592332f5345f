import { getNamespaceFullName, walkPropertiesInherited, type Model, type Program } from "@typespec/compiler";
import { isBody, isBodyIgnore, isBodyRoot, isMetadata, isMultipartBodyProperty } from "@typespec/http";

/**
 * Models a service declares that never travel as a JSON body of their own, so they
 * get no declaration (types used inside them still do, where a body uses them):
 * - parameter-only models and envelopes, every property of which is HTTP metadata
 *   (`@header`, `@query`, `@path`, `@cookie`, `@statusCode`) or marks the body
 *   (`@body`, `@bodyRoot`, `@multipartBody`, `@bodyIgnore`): `WidgetHeaders`,
 *   `ApiVersionParam`, `{ @header etag; @body widget: Widget }`;
 * - authentication schemes (`model AADToken is OAuth2Auth<[…]>`), which describe
 *   how a client signs in, not a message.
 */
export function isHttpOnlyModel(program: Program, model: Model): boolean {
  return isAuthScheme(model) || isEnvelope(program, model);
}

function isEnvelope(program: Program, model: Model): boolean {
  const properties = [...walkPropertiesInherited(model)];
  const travelsApart = (property: (typeof properties)[number]) =>
    isMetadata(program, property) || isBody(program, property) || isBodyRoot(program, property) || isMultipartBodyProperty(program, property) || isBodyIgnore(program, property);
  return properties.length > 0 && properties.every(travelsApart);
}

/** The HTTP library's scheme models (`BasicAuth`, `BearerAuth`, `ApiKeyAuth`, `OAuth2Auth`, `OpenIdConnectAuth`, `NoAuth`), reached by `is` or `extends`. */
function isAuthScheme(model: Model): boolean {
  for (const ancestor of ancestors(model)) {
    if (ancestor.namespace && getNamespaceFullName(ancestor.namespace) === "TypeSpec.Http" && /Auth$/.test(ancestor.name)) return true;
  }
  return false;
}

function* ancestors(model: Model): Iterable<Model> {
  const seen = new Set<Model>();
  const queue: Model[] = [model];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    yield next;
    if (next.baseModel) queue.push(next.baseModel);
    if (next.sourceModel) queue.push(next.sourceModel);
  }
}
