import standaloneCode from "ajv/dist/standalone/index.js";
import ajvUri from "ajv/dist/runtime/uri.js";
import { validatorName } from "../../escape.js";
import { definitionName, definitionPointer } from "../../json-schema/pointers.js";
import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { definitionKeys } from "../definition-keys.js";
import { createAjv, type StandaloneJob } from "./standalone-source.js";

/**
 * AJV's standalone code for the validators modules of one emit, from one AJV
 * instance: every definition is registered under its content key (definition-keys.ts),
 * so a definition that several versions (or both modes) share is compiled once,
 * and a bundle's export and its own `$ref`s reach the same function, where compiling
 * the bundle as one schema gave some definitions a second copy. The schemas keep their
 * `$ref`s as written (`#/$defs/Name`); the URI resolver below maps each, in the
 * definition that holds it, to the key of the definition it names.
 *
 * The code is the same whatever was compiled before: a definition is compiled after
 * everything it refers to, and a reference cycle from its first member by name, so its
 * code depends on its key alone (a test compares against a fresh instance).
 *
 * A definition on a reference cycle is exported through a function of its own that
 * calls it (`{ $ref }`): inside a cycle AJV calls some functions through a wrapper
 * object, and its standalone writer, reaching such a function through the wrapper
 * before it reaches the export, would declare the function twice.
 */
export class StandaloneCompiler {
  /** Per registered definition key: the keys of the definitions it refers to, by name. */
  readonly #references = new Map<string, ReadonlyMap<string, string>>();
  readonly #ajv = createAjv({
    parse: (uri) => defaultResolver.parse(uri),
    serialize: (components) => defaultResolver.serialize(components),
    resolve: (base, ref) => {
      const name = definitionName(ref);
      return (name === undefined ? undefined : this.#references.get(base)?.get(name)) ?? defaultResolver.resolve(base, ref);
    },
  });

  /** `validate<Name>` per declaration of the job, explaining rejections in `.errors`. */
  compile({ schema, declarations }: StandaloneJob): string {
    const definitions = schema.$defs as Record<string, JsonSchema>;
    const { keys, references, order, cyclic } = definitionKeys(definitions);
    const keyOf = (name: string) => keys.get(name)!;
    for (const name of order) this.#register(keyOf(name), definitions[name]!, references.get(name)!, keyOf);
    const exported = declarations.map((name) => [name, cyclic.has(name) ? `${keyOf(name)}${EXPORT_SUFFIX}` : keyOf(name)] as const);
    for (const [name, key] of exported) if (key !== keyOf(name)) this.#register(key, { $ref: definitionPointer(name) }, [name], keyOf);
    for (const name of order) this.#ajv.getSchema(keyOf(name));
    for (const [, key] of exported) this.#ajv.getSchema(key);
    return standaloneCode.default(this.#ajv, Object.fromEntries(exported.map(([name, key]) => [validatorName(name), key])));
  }

  /** Registers a schema under its key, once, with the keys its `$ref`s resolve to. */
  #register(key: string, schema: JsonSchema, targets: readonly string[], keyOf: (name: string) => string): void {
    if (this.#references.has(key)) return;
    this.#references.set(key, new Map(targets.map((target) => [target, keyOf(target)])));
    this.#ajv.addSchema(schema, key);
  }
}

/** The key of the export function of a definition on a reference cycle, after the definition's own key. */
const EXPORT_SUFFIX = ":export";

/** AJV's own URI resolver (fast-uri), for every URI that is not a definition's `$ref`. */
const defaultResolver = ajvUri.default;
