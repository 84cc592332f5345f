// Everything the bench compares, built from the same schema.json and the same types,
// each as `{ id, label, server, client, setupMs }`. `direct` marks a contender whose
// `server` is the library's own function (not a wrapper), so its V8 tier can be asked;
// `slow` one that takes milliseconds per pass over a set (it gets fewer samples).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv";
import { compileCfworker } from "./cfworker.js";
import { handWrittenServerEvent } from "./hand-written.js";
import { GENERATED } from "./paths.js";
import { buildSchemasafe } from "./schemasafe.js";
import { compileArkType } from "./to-arktype.js";
import { compileTypeBox } from "./to-typebox.js";
import { buildTypia } from "./typia.js";
import { compileZod } from "./to-zod.js";

const timed = async (build) => {
  const started = performance.now();
  const result = await build();
  return { ...result, setupMs: performance.now() - started };
};

/** The bundle with every `discriminator` keyword removed: plain `oneOf`. */
function withoutDiscriminator(node) {
  if (Array.isArray(node)) return node.map(withoutDiscriminator);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "discriminator").map(([key, value]) => [key, withoutDiscriminator(value)]));
}

/** AJV compiled in process from schema.json, as an app would use it: the emitter's main options, AJV's defaults otherwise (inlineRefs, no ownProperties). */
function ajvRuntime(bundle, discriminator) {
  const ajv = new Ajv.default({ discriminator, allErrors: false, strict: true, strictTypes: false, allowUnionTypes: true, validateFormats: false });
  ajv.addSchema(discriminator ? bundle.schema : withoutDiscriminator(bundle.schema));
  const get = (name) => ajv.getSchema(`${bundle.id}#/$defs/${name}`);
  return { server: get("ServerEvent"), client: get("ClientEvent") };
}

export async function buildContenders(bundle) {
  const dir = join(GENERATED, bundle.version);
  const contenders = [];
  const notes = [];
  const add = (entry) => contenders.push(entry);

  const spec = await timed(async () => import(pathToFileURL(join(dir, "validators.js")).href));
  add({ id: "generated", label: "generated validate…Event (spec mode)", family: "generated", server: spec.validateServerEvent, client: spec.validateClientEvent, setupMs: spec.setupMs, errors: true });
  // The boolean guard alone: what every validate<Name> asks first, without AJV's error reporting.
  add({ id: "generated-guard", label: "generated is…Event (guard only)", family: "generated", server: spec.isServerEvent, client: spec.isClientEvent, setupMs: spec.setupMs });
  const strict = await timed(async () => import(pathToFileURL(join(dir, "validators.strict.js")).href));
  add({ id: "generated-strict", label: "generated validate…Event (strict mode)", family: "generated", server: strict.validateServerEvent, client: strict.validateClientEvent, setupMs: strict.setupMs, errors: true });

  const ajvDisc = await timed(() => ajvRuntime(bundle, true));
  add({ id: "ajv-discriminator", label: "AJV runtime-compiled, discriminator", family: "ajv", ...ajvDisc, errors: true });
  const ajvOneOf = await timed(() => ajvRuntime(bundle, false));
  add({ id: "ajv-oneof", label: "AJV runtime-compiled, oneOf", family: "ajv", ...ajvOneOf, errors: true, slow: true });

  const typebox = await timed(() => ({ server: compileTypeBox(bundle, "ServerEvent"), client: compileTypeBox(bundle, "ClientEvent") }));
  add({ id: "typebox", label: "TypeBox TypeCompiler", family: "competitor", ...typebox });
  const zod = await timed(() => ({ server: compileZod(bundle, "ServerEvent"), client: compileZod(bundle, "ClientEvent") }));
  add({ id: "zod", label: "zod 4 discriminatedUnion", family: "competitor", ...zod });

  const typia = buildTypia(bundle.version);
  if ("error" in typia) notes.push(`typia: ${typia.error}`);
  else {
    const module = await import(pathToFileURL(typia.module).href);
    add({ id: "typia", label: "typia is", family: "competitor", server: module.isServerEvent, client: module.isClientEvent, setupMs: typia.buildMs, module: typia.module, release: typia.typiaRelease, direct: true });
  }

  // The peers a user would weigh for precompiled or CSP-safe validation.
  const schemasafe = buildSchemasafe(bundle);
  const schemasafeModule = await import(pathToFileURL(schemasafe.module).href);
  add({ id: "schemasafe", label: "@exodus/schemasafe generated code", family: "competitor", server: schemasafeModule.validateServerEvent, client: schemasafeModule.validateClientEvent, setupMs: schemasafe.buildMs, module: schemasafe.module, release: schemasafe.release, direct: true });
  const cfworker = await timed(() => ({ server: compileCfworker(bundle, "ServerEvent"), client: compileCfworker(bundle, "ClientEvent") }));
  add({ id: "cfworker", label: "@cfworker/json-schema (interpreter)", family: "competitor", ...cfworker, slow: true });
  const arktype = await timed(() => ({ server: compileArkType(bundle, "ServerEvent"), client: compileArkType(bundle, "ClientEvent") }));
  add({ id: "arktype", label: "ArkType (JIT)", family: "competitor", ...arktype });
  add({ id: "hand-written", label: "hand-written (5 hot types)", family: "floor", server: handWrittenServerEvent, client: undefined, setupMs: 0, hotOnly: true });
  // The function V8 optimizes (TypeBox, zod, cfworker and ArkType are called through a wrapper: no single function to ask about).
  for (const c of contenders) c.rawServer = c.family === "competitor" && !c.direct ? undefined : c.server;

  return { contenders, notes, typia, schemasafe };
}
