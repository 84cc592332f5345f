// An SDK that serves whichever API version its user configures: the version's module is
// loaded on demand (`voicelive-wire/versions`), so a bundle fetches only that version.
import { isApiVersion, parserFor, UnknownApiVersionError, type ApiVersion, type ApiVersionModules } from "voicelive-wire/versions";
import type { ApiVersion as RootApiVersion } from "voicelive-wire";

/** The version a user put in a configuration file: a plain string, unknown to the types. */
const configured: string = "2025-10-01";

/** The root and the loader name the same versions. */
const sameVersions: [ApiVersion, RootApiVersion] = ["2026-04-10", "2026-04-10"];

export async function runLazyChecks(): Promise<Record<string, unknown>> {
  // A literal version gives that version's module type: its apiVersion is a literal.
  const pinned = await parserFor("2026-04-10");
  const pinnedVersion: "2026-04-10" = pinned.apiVersion;
  const module: ApiVersionModules["2026-04-10"] = pinned;
  const cleared = module.parseServerEvent(JSON.stringify({ type: "output_audio_buffer.cleared", event_id: "event_6" }));

  // A version known only at run time: checked first, then loaded.
  let fromConfig: Record<string, unknown> = { known: false };
  if (isApiVersion(configured)) {
    const api = await parserFor(configured);
    const result = api.parseServerEvent(JSON.stringify({ type: "output_audio_buffer.cleared", event_id: "event_7" }));
    fromConfig = { known: true, apiVersion: api.apiVersion, kind: result.ok ? "ok" : result.error.kind };
  }

  // A version the package does not ship: a rejection the SDK can tell apart, not a crash.
  let unknownVersion: Record<string, unknown> = { rejected: false };
  try {
    await parserFor("2099-01-01");
  } catch (error) {
    if (error instanceof UnknownApiVersionError) {
      unknownVersion = { rejected: true, name: error.name, code: error.code, apiVersion: error.apiVersion, known: error.apiVersions.length };
    } else {
      unknownVersion = { rejected: true, other: String(error) };
    }
  }

  return {
    pinned: { apiVersion: pinnedVersion, parsed: cleared.ok ? cleared.event.type : cleared.error.kind, sameVersions },
    fromConfig,
    unknownVersion,
  };
}
