import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { buildGuardStatements } from "./guards/build-guards.js";
import { printStatements } from "./js-ast.js";

/** Source of a guards module (ESM): `export { is_ServerEvent as isServerEvent, … }`. */
export function guardModuleSource(validationSchema: JsonSchema, exported: readonly [exportName: string, definition: string][]): string {
  return printStatements(buildGuardStatements(validationSchema, exported));
}
