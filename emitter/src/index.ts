export { $lib } from "./lib.js";
export { $onEmit } from "./on-emit.js";
export type { WireEmitterOptions, OutputKind } from "./lib.js";
export { buildVersionModels } from "./model/build-version-models.js";
export type * from "./model/ir.js";
