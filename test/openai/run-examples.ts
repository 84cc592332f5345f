import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Direction } from "./flavours.js";
import { generatedDir } from "./paths.js";

/** What a VoiceLive validator made of an OpenAI-shaped example: the first error is enough to say where they part. */
export type ExampleResult =
  | { readonly status: "accepted" }
  | { readonly status: "rejected"; readonly path: string; readonly message: string }
  | { readonly status: "missing" };

/** The part of the generated `Validator<T>` these tests use: AJV standalone, first error only. */
interface Validate {
  (value: unknown): boolean;
  errors?: readonly { readonly instancePath: string; readonly message?: string }[] | null;
}

export type Validators = Readonly<Record<Direction, Validate>>;

/** Imports `generated/<version>/validators.js`, the module SDKs import, and picks the two event-union validators. */
export async function loadValidators(version: string): Promise<Validators> {
  const module = (await import(pathToFileURL(join(generatedDir, version, "validators.js")).href)) as Record<string, Validate>;
  const client = module.validateClientEvent;
  const server = module.validateServerEvent;
  if (!client || !server) throw new Error(`generated/${version}/validators.js lacks validateClientEvent or validateServerEvent`);
  return { client, server };
}

/**
 * Validates an OpenAI example as VoiceLive's validator sees it. A renamed event is sent
 * under its VoiceLive `type`, so the result is about the payload, not the name. The
 * example is cloned: a validator with defaults would write into it.
 */
export function runExample(validate: Validate, example: object | undefined, voiceLiveType: string): ExampleResult {
  if (!example) return { status: "missing" };
  if (validate({ ...structuredClone(example), type: voiceLiveType })) return { status: "accepted" };
  const [error] = validate.errors ?? [];
  return { status: "rejected", path: error?.instancePath ?? "", message: error?.message ?? "rejected without an error" };
}
