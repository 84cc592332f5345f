export { $lib } from "./lib.js";
export { $onEmit } from "./on-emit.js";
export type { WireEmitterOptions, OutputKind } from "./lib.js";
export { buildVersionModels } from "./model/build-version-models.js";
export { loadUsageReader, type UsageReader } from "./model/usage.js";
export type * from "./model/ir.js";
export { buildChangelog } from "./writers/changelog/build-changelog.js";
export { renderChangesMarkdown } from "./writers/changelog/render-markdown.js";
export type * from "./writers/changelog/changes.js";
