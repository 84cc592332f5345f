import { compile, listServices, NodeHost, resolvePath, type Program } from "@typespec/compiler";
import { buildVersionModels, type ApiModel, type UnionDeclaration } from "typespec-wire-emitter";
import { beforeAll, describe, expect, it } from "vitest";
import { SPEC_API_VERSIONS } from "../support/api-versions.js";
import { expectGolden } from "../support/golden.js";
import { renderEventTypes } from "./render-event-types.js";

const root = resolvePath(import.meta.dirname, "../..");
const goldenPath = resolvePath(root, "test/golden/spec/event-types.md");

let program: Program;
let models: ApiModel[];

beforeAll(async () => {
  program = await compile(NodeHost, resolvePath(root, "spec/main.tsp"), { noEmit: true });
  models = buildVersionModels(program, listServices(program)[0]!.type, undefined) ?? [];
});

const eventTypes = (model: ApiModel, union: string) =>
  (model.declarations.find((d) => d.name === union) as UnionDeclaration).discriminator!.variants.map((v) => v.value);

describe("the VoiceLive spec", () => {
  it("compiles with no diagnostics at all", () => {
    expect(program.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it("covers the six API versions", () => {
    expect(models.map((model) => model.version)).toEqual(SPEC_API_VERSIONS);
  });

  it("lists the same client and server event types per version as the committed golden", async () => {
    await expectGolden(goldenPath, renderEventTypes(models));
  });

  it("shows the versioning at work", () => {
    const [v1, preview1, v2, preview2, v3, preview3] = models as [ApiModel, ApiModel, ApiModel, ApiModel, ApiModel, ApiModel];
    expect(eventTypes(v1, "ServerEvent")).not.toContain("warning");
    expect(eventTypes(preview1, "ServerEvent")).toContain("warning");
    expect(eventTypes(v1, "ServerEvent").some((t) => t.startsWith("mcp_list_tools"))).toBe(false);
    expect(eventTypes(preview1, "ServerEvent").some((t) => t.startsWith("mcp_list_tools"))).toBe(true);
    expect(eventTypes(preview1, "ServerEvent")).not.toContain("response.video.delta");
    expect(eventTypes(v2, "ServerEvent")).toContain("response.video.delta");
    expect(eventTypes(v2, "ServerEvent").some((t) => t.startsWith("rtc.call."))).toBe(false);
    expect(eventTypes(preview2, "ServerEvent")).toContain("response.invocation.delta");
    // Added, then removed: the end_conversation events live from 2026-01-01-preview to 2026-04-10.
    expect(eventTypes(preview1, "ServerEvent")).toContain("session.end_conversation.completed");
    expect(eventTypes(v2, "ServerEvent")).toContain("session.end_conversation.completed");
    expect(eventTypes(preview2, "ServerEvent")).not.toContain("session.end_conversation.completed");
    // 2026-07-15 drops the preview's WebRTC negotiation; 2026-07-31-preview adds SIP call events.
    expect(eventTypes(preview2, "ClientEvent")).toContain("rtc.call.sdp.create");
    expect(eventTypes(v3, "ClientEvent")).not.toContain("rtc.call.sdp.create");
    expect(eventTypes(v3, "ClientEvent")).toContain("input_text.delta");
    expect(eventTypes(v3, "ServerEvent").some((t) => t.startsWith("realtime.call."))).toBe(false);
    expect(eventTypes(preview3, "ServerEvent").filter((t) => t.startsWith("realtime.call."))).toHaveLength(6);
  });
});
