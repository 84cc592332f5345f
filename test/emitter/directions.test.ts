// The `directions` option: who sends a type, stated without (or over) TCGC's `@usage`,
// in either list form, with a diagnostic for what it cannot mean; and the warning when
// the spec uses TCGC but the emitter cannot load it.
import { getSourceLocation, NoTarget } from "@typespec/compiler";
import { resolveVirtualPath } from "@typespec/compiler/testing";
import { describe, expect, it } from "vitest";
import { loadUsageReader } from "../../emitter/dist/model/usage.js";
import { emit, importEmitted, Tester, UsageTester, versionedService } from "./tester.js";

const messages = `
  @discriminator("type") model ServerMessage { type: string; }
  model Hello extends ServerMessage { type: "hello"; kind: "a" | "b"; }
  @discriminator("type") model ClientMessage { type: string; }
  model Ping extends ClientMessage { type: "ping"; }
`;

/** What one version's index module does with each message union: a send side, a tolerant parser, or neither. */
function sides(index: string) {
  return {
    checksClient: index.includes("createChecker(validateClientMessageStrict"),
    checksServer: index.includes("createChecker(validateServerMessageStrict"),
    receivesServer: /createParser\(validateServerMessage, \{[^}]*received: true/.test(index),
    receivesClient: /createParser\(validateClientMessage, \{[^}]*received: true/.test(index),
  };
}

describe("the directions option", () => {
  it("gives a spec without TCGC a send side and tolerant reading, as @usage would", async () => {
    const { files, diagnostics } = await emit(versionedService(messages), { directions: ["ServerMessage:output", "ClientMessage:input"] });
    expect(diagnostics).toEqual([]);
    expect(sides(files["2/index.js"]!)).toEqual({ checksClient: true, checksServer: false, receivesServer: true, receivesClient: false });
    expect(files["2/index.d.ts"]).toContain("Parses and validates a `ServerMessage` received from the service");
  });

  it("gives the send side a module of its own: the strict validator of what is sent, and what it reaches only", async () => {
    const { files } = await emit(versionedService(messages), { directions: ["ServerMessage:output", "ClientMessage:input"] });
    const send = await importEmitted(files["2/validators.send.js"]!);
    expect(Object.keys(send)).toEqual(["validateClientMessage"]);
    // The received union's tag is in the strict module, not in the send module cut from it.
    expect(files["2/validators.strict.js"]).toContain('"hello"');
    expect(files["2/validators.send.js"]).not.toContain('"hello"');
    expect([send.validateClientMessage!({ type: "ping" }), send.validateClientMessage!({ type: "ping", extra: 1 })]).toEqual([true, false]);
    expect(files["2/index.js"]).toContain('import { validateClientMessage as validateClientMessageStrict } from "./validators.send.js";');
    expect(files["2/index.js"]).not.toContain("validators.strict.js");
    // Only the package's index imports it: without the package, it is not written.
    const unpackaged = await emit(versionedService(messages), { directions: ["ServerMessage:output", "ClientMessage:input"], outputs: ["validators"] });
    expect(unpackaged.diagnostics).toEqual([]);
    expect(Object.keys(unpackaged.files)).toContain("2/validators.strict.js");
    expect(Object.keys(unpackaged.files)).not.toContain("2/validators.send.js");
  });

  it("takes the comma list a command line gives, blanks and all, to the same output", async () => {
    const fromList = await emit(versionedService(messages), { directions: ["ServerMessage:output", "ClientMessage:input"] });
    const fromString = await emit(versionedService(messages), { directions: "ServerMessage:output , ClientMessage : input" });
    expect(fromString.diagnostics).toEqual([]);
    expect(fromString.files).toEqual(fromList.files);
  });

  it("without it, a spec without TCGC has no directions: parsers for both unions, no send side", async () => {
    const { files } = await emit(versionedService(messages));
    expect(sides(files["2/index.js"]!)).toEqual({ checksClient: false, checksServer: false, receivesServer: false, receivesClient: false });
    expect(files["2/validators.send.js"]).toBeUndefined();
  });

  it("wins over the spec's @usage for the types it names, and leaves the others to it", async () => {
    const spec = versionedService(`${messages}
      @@usage(ServerMessage, Usage.output | Usage.json);
      @@usage(ClientMessage, Usage.input | Usage.json);`);
    const { files, diagnostics } = await emit(spec, { directions: "ClientMessage:both" }, {}, UsageTester);
    expect(diagnostics).toEqual([]);
    expect(sides(files["2/index.js"]!)).toEqual({ checksClient: true, checksServer: false, receivesServer: true, receivesClient: true });
    const none = await emit(spec, { directions: "ServerMessage:none" }, {}, UsageTester);
    // ServerMessage no longer states a usage: the default keeps the unions that do.
    expect(none.files["2/index.js"]).not.toContain("parseServerMessage");
    expect(sides(none.files["2/index.js"]!).checksClient).toBe(true);
  });

  it("passes the direction on to the types it refers to, as @usage does (the changelog judges by it)", async () => {
    const spec = versionedService(`
      @discriminator("type") model ServerMessage { type: string; }
      model Hello extends ServerMessage { type: "hello"; @added(Versions.v2) extra: string; }`);
    const stated = await emit(spec, { directions: "ServerMessage:output" });
    const unstated = await emit(spec);
    expect(stated.files["CHANGES.md"]).not.toEqual(unstated.files["CHANGES.md"]);
    expect(unstated.files["CHANGES.md"]).toContain("the spec states no `@usage`");
  });

  it.each([
    ["ServerMessage", "a type's name, a colon and one of"],
    ["ServerMessage:sent", "a type's name, a colon and one of"],
    [":output", "a type's name, a colon and one of"],
  ])("an entry %j is an invalid-option error, and nothing is written", async (entry, reason) => {
    const { files, diagnostics } = await emit(versionedService(messages), { directions: [entry] });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["typespec-wire-emitter/invalid-option", "error"]]);
    expect(diagnostics[0]!.message).toContain(`"${entry}"`);
    expect(diagnostics[0]!.message).toContain(reason);
    expect(files).toEqual({});
  });

  it("a name given two directions is an error; given the same one twice, it is not", async () => {
    const twice = await emit(versionedService(messages), { directions: "ServerMessage:output,ServerMessage:input" });
    expect(twice.diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/invalid-option"]);
    expect(twice.diagnostics[0]!.message).toContain('"ServerMessage" is also given "output"');
    const same = await emit(versionedService(messages), { directions: "ServerMessage:output,ServerMessage:output" });
    expect(same.diagnostics).toEqual([]);
  });

  it("a name no emitted version declares is an error naming it, and nothing is written", async () => {
    const { files, diagnostics } = await emit(versionedService(messages), { directions: ["ServerMesage:output", "ClientMessage:input"] });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["typespec-wire-emitter/invalid-option", "error"]]);
    expect(diagnostics[0]!.message).toBe('Option "directions" has the value "ServerMesage": no emitted version declares a model, union or enum of that name.');
    expect(diagnostics[0]!.target).toBe(NoTarget);
    expect(files).toEqual({});
  });

  it("points the unknown name's diagnostic at where tspconfig.yaml writes it", async () => {
    const config = ["options:", "  typespec-wire-emitter:", "    directions:", "      - ClientMessage:input", "      - ServerMesage:output", ""].join("\n");
    const [, diagnostics] = await Tester.files({ "tspconfig.yaml": config })
      .emit("typespec-wire-emitter", { directions: ["ClientMessage:input", "ServerMesage:output"] })
      .compileAndDiagnose(versionedService(messages), { compilerOptions: { config: resolveVirtualPath("tspconfig.yaml") } });
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/invalid-option"]);
    const location = getSourceLocation(diagnostics[0]!.target as Parameters<typeof getSourceLocation>[0])!;
    expect(location.file.path).toBe(resolveVirtualPath("tspconfig.yaml"));
    expect(location.file.text.slice(location.pos, location.end)).toBe("ServerMesage");
    expect(location.pos).toBe(config.indexOf("ServerMesage"));
  });
});

describe("a spec that uses TCGC when the emitter cannot load it", () => {
  it("is a usage-unreadable warning with the reason, not a silent loss of every direction", async () => {
    const { program } = await UsageTester.compile(versionedService(`${messages} @@usage(ServerMessage, Usage.output | Usage.json);`));
    const reader = await loadUsageReader(program, "typespec-wire-emitter", () => Promise.reject(new Error("Cannot find package '@azure-tools/typespec-client-generator-core'\nmore")));
    expect(reader).toBeUndefined();
    const warnings = program.diagnostics.filter((d) => d.code === "typespec-wire-emitter/usage-unreadable");
    expect(warnings.map((d) => d.severity)).toEqual(["warning"]);
    expect(warnings[0]!.message).toContain("(Cannot find package '@azure-tools/typespec-client-generator-core')");
    expect(warnings[0]!.message).toContain('"directions" option');
  });

  it("says nothing for a spec that does not use TCGC, and reads @usage when it loads", async () => {
    const plain = await Tester.compile(versionedService(messages));
    expect(await loadUsageReader(plain.program, "typespec-wire-emitter", () => Promise.reject(new Error("never asked")))).toBeUndefined();
    expect(plain.program.diagnostics).toEqual([]);
    const used = await UsageTester.compile(versionedService(`${messages} @@usage(ServerMessage, Usage.output | Usage.json);`));
    expect(await loadUsageReader(used.program, "typespec-wire-emitter")).toBeTypeOf("function");
    expect(used.program.diagnostics).toEqual([]);
  });
});
