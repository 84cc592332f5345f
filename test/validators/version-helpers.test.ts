// The helpers an SDK uses to pick a version and to dispatch on event types: the root's
// apiVersions, and each version's lists of server and client event types.
import { describe, expect, it } from "vitest";
import { apiVersions as shipped, readSchema } from "./support/generated.js";

interface Root {
  apiVersions: readonly string[];
}
interface VersionModule {
  apiVersion: string;
  serverEventTypes: readonly string[];
  clientEventTypes: readonly string[];
  parseServerEvent: (text: string) => { ok: boolean; error?: { kind: string } };
  parseClientEvent: (text: string) => { ok: boolean; error?: { kind: string } };
}

const root = (await import("../../generated/index.js")) as Root;

describe("the package root", () => {
  it("lists the versions the package exports, oldest first, frozen", () => {
    expect(root.apiVersions).toEqual(shipped);
    expect(Object.isFrozen(root.apiVersions)).toBe(true);
  });
});

describe.each(shipped)("event types of %s", (version) => {
  it("lists every type the version's parsers know, sorted, and no other", async () => {
    const module = (await import(`../../generated/${version}/index.js`)) as VersionModule;
    const schema = readSchema(version);
    for (const [list, union, parse] of [
      [module.serverEventTypes, "ServerEvent", module.parseServerEvent],
      [module.clientEventTypes, "ClientEvent", module.parseClientEvent],
    ] as const) {
      expect(Object.isFrozen(list)).toBe(true);
      expect([...list].sort()).toEqual(list);
      expect(list).toHaveLength((schema.$defs[union]!.oneOf as unknown[]).length);
      // A listed type is known: the parser finds the event's shape wrong, never its type unknown.
      for (const type of list) expect(parse(JSON.stringify({ type })).error?.kind, `${union} ${type}`).not.toBe("unknown-type");
    }
  });
});
