import { describe, expect, it } from "vitest";
import { definitionKeys } from "../../emitter/src/writers/validators/definition-keys.js";
import { guardModuleSource } from "../../emitter/src/writers/validators/fast-path/write-guards.js";
import { GuardCache } from "../../emitter/src/writers/validators/fast-path/guards/guard-cache.js";
import { emit, importEmitted, versionedService } from "../emitter/tester.js";

/**
 * The versions' validators share one AJV instance (ajv/standalone-compiler.ts), which
 * compiles a definition once for every version that has it. A version's modules
 * must not depend on what else was compiled before them in the same run: here
 * version 1 reaches the cycle Tree ↔ Node from Tree (through Grow), version 2,
 * without Grow, from Node; version 3 changes the cycle.
 */
const SPEC = versionedService(
  `
  @discriminator("type") model Event { type: string; }
  @removed(Versions.v2) model Grow extends Event { type: "grow"; tree: Tree; }
  model Count extends Event { type: "count"; n: int32; @added(Versions.v2) label?: string; }
  model Tree { root: Node; @added(Versions.v3) height?: int32; }
  model Node { name: string; children?: Node[]; tree?: Tree; }
  model Leaf { colour: "green" | "brown"; }
  `,
  ["v1: \"1\"", "v2: \"2\"", "v3: \"3\""],
);

describe("validators compiled once per distinct definition", () => {
  it("a version's modules are the same bytes whether or not other versions were compiled first", async () => {
    const all = await emit(SPEC);
    expect(all.diagnostics).toEqual([]);
    for (const version of ["2", "3"]) {
      const alone = await emit(SPEC, { versions: [version] });
      for (const file of ["validators.js", "validators.strict.js"]) {
        expect(alone.files[`${version}/${file}`], `${version}/${file}`).toBe(all.files[`${version}/${file}`]);
      }
    }
  });

  it("a definition shared by versions validates in each the way that version's spec says", async () => {
    const { files } = await emit(SPEC);
    // Version 2 has no `height` and ignores it (spec mode); version 3 says it is an int32.
    const branch = { name: "a", children: [{ name: "b", tree: { root: { name: "c" }, height: "tall" } }] };
    for (const [version, valid] of [["2", true], ["3", false]] as const) {
      const validators = await importEmitted(files[`${version}/validators.js`]!);
      expect(validators.validateNode!(branch), version).toBe(valid);
    }
    const v3 = await importEmitted(files["3/validators.js"]!);
    v3.validateNode!(branch);
    expect(v3.validateNode!.errors).toMatchObject([{ instancePath: "/children/0/tree/height" }]);
  });
});

describe("definitionKeys", () => {
  const event = { type: "object", properties: { tree: { $ref: "#/$defs/Tree" } } };
  const tree = { type: "object", properties: { root: { $ref: "#/$defs/Node" } } };
  const branch = { type: "object", properties: { tree: { $ref: "#/$defs/Tree" } } };
  const leaf = { type: "string" };

  it("gives a definition the same key in two bundles exactly when it and everything it refers to are the same", () => {
    const first = definitionKeys({ Event: event, Tree: tree, Node: branch, Leaf: leaf });
    const same = definitionKeys({ Leaf: leaf, Node: branch, Tree: tree, Event: event });
    const changed = definitionKeys({ Event: event, Tree: tree, Node: { ...branch, required: ["tree"] }, Leaf: leaf });
    expect([...same.keys].sort()).toEqual([...first.keys].sort());
    for (const name of ["Event", "Tree", "Node"]) expect(changed.keys.get(name), name).not.toBe(first.keys.get(name));
    expect(changed.keys.get("Leaf")).toBe(first.keys.get("Leaf"));
    // A definition's name is part of its key: two names, two validators, as the spec declares them.
    expect(definitionKeys({ A: leaf, B: leaf }).keys.get("A")).not.toBe(definitionKeys({ A: leaf, B: leaf }).keys.get("B"));
  });

  it("orders definitions after what they refer to, a reference cycle by name", () => {
    expect(definitionKeys({ Event: event, Tree: tree, Node: branch, Leaf: leaf }).order).toEqual(["Node", "Tree", "Event", "Leaf"]);
  });

  it("treats a $ref to anything but a definition of the bundle as an emitter bug", () => {
    expect(() => definitionKeys({ A: { $ref: "#/$defs/Missing" } })).toThrow(/unresolved \$ref #\/\$defs\/Missing/);
  });
});

describe("guard functions built once per distinct definition", () => {
  // `Foo`'s two branches become hoisted helpers, `is_Foo_1` and `is_Foo_2`.
  const foo = { anyOf: [{ type: "string", minLength: 2 }, { type: "object", properties: { a: { type: "string" } } }] };
  const holder = (required: string[]) => ({ type: "object", properties: { foo: { $ref: "#/$defs/Foo" } }, required });

  it("a module reusing another module's guards is the same text as one built afresh", () => {
    const cache = new GuardCache();
    const first = { $defs: { Foo: foo, Holder: holder([]) } };
    const second = { $defs: { Foo: foo, Holder: holder(["foo"]) } };
    guardModuleSource(first, [["isHolder", "Holder"]], cache);
    const reused = guardModuleSource(second, [["isHolder", "Holder"]], cache);
    expect(reused).toBe(guardModuleSource(second, [["isHolder", "Holder"]]));
    expect(reused).toContain("is_Foo_1(v) || is_Foo_2(v)");
  });

  it("a guard whose names are taken differently in another module is built afresh there", () => {
    const cache = new GuardCache();
    guardModuleSource({ $defs: { Foo: foo } }, [["isFoo", "Foo"]], cache);
    // Here the model `Foo_1` takes `is_Foo_1` first, so Foo's first helper becomes `is_Foo_1_2`.
    const bundle = { $defs: { Foo: foo, Foo_1: holder([]) } };
    const exported: [string, string][] = [["isFoo_1", "Foo_1"], ["isFoo", "Foo"]];
    const reused = guardModuleSource(bundle, exported, cache);
    expect(reused).toBe(guardModuleSource(bundle, exported));
    expect(reused).toContain("is_Foo_1_2(v) || is_Foo_2(v)");
  });
});
