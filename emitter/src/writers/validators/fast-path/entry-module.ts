import { guardName, validatorName } from "../../escape.js";
import type { AllowedByPlace } from "../allowed-values.js";
import { assign, call, constant, exportedFunction, exportFrom, id, ifThen, jsonLiteral, member, namedImport, namespaceImport, nullValue, object, printStatements, property, returnTrue, returnValue, type Statement } from "./js-ast.js";

/** What the entry module is built from besides the declarations. */
export interface EntryModuleParts {
  /** Specifiers of the AJV module, the guards module, the runtime (explain-rejection.ts) and strict mode's "did you mean" (misspelt-property.ts). */
  modules: { explain: string; guards: string; runtime: string; misspelt: string };
  /** What merged alternatives allow, by AJV `schemaPath` and keyword value (allowed-values.ts). */
  allowed: AllowedByPlace;
  /**
   * Strict mode only (where unknown keys are rejected): every property name of the schema,
   * sorted, where "did you mean" looks for a misspelt key's name. Absent, the module has no
   * "did you mean" code.
   */
  knownNames?: readonly string[];
}

/**
 * The module a validators file is bundled from:
 * `const explainRejection = rejectionExplainer({ allowed: {…} });` (in strict mode with
 * `misspelt: misspeltKeyFinder([…names])`), then for every declaration
 * `export function validateX(value) { if (isX(value)) { validateX.errors = null; return true; } return explainRejection(validateX, explainX, value); }`
 * and `export { isX }`.
 */
export function entryModuleSource(declarations: readonly string[], { modules, allowed, knownNames }: EntryModuleParts): string {
  const options = object([
    property("allowed", jsonLiteral(allowed)),
    ...(knownNames ? [property("misspelt", call(MISSPELT_FACTORY, jsonLiteral(knownNames)))] : []),
  ]);
  const statements: Statement[] = [
    namespaceImport("explain", modules.explain),
    namespaceImport("guards", modules.guards),
    namedImport([FACTORY], modules.runtime),
    ...(knownNames ? [namedImport([MISSPELT_FACTORY], modules.misspelt)] : []),
    constant(RUNNER, call(FACTORY, options)),
  ];
  for (const name of declarations) {
    const self = id(validatorName(name));
    const guard = member(id("guards"), guardName(name));
    const explain = member(id("explain"), validatorName(name));
    const clearErrors = assign(member(self, "errors"), nullValue());
    statements.push(
      exportedFunction(validatorName(name), "value", [ifThen(call(guard, id("value")), [clearErrors, returnTrue()]), returnValue(call(RUNNER, self, explain, id("value")))]),
    );
  }
  statements.push(exportFrom(declarations.map(guardName), modules.guards));
  return printStatements(statements);
}

const FACTORY = "rejectionExplainer";
const MISSPELT_FACTORY = "misspeltKeyFinder";
const RUNNER = "explainRejection";
