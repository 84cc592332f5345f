import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { guardModuleText, type GuardExport } from "./guards/build-guards.js";
import type { GuardCache } from "./guards/guard-cache.js";

/** Source of a guards module (ESM): `export { is_ServerEvent as isServerEvent, … }`; guards already built in this emit come from `cache`. */
export function guardModuleSource(validationSchema: JsonSchema, exported: readonly GuardExport[], cache?: GuardCache): string {
  return guardModuleText(validationSchema, exported, cache);
}
