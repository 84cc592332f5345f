import { StructureKind, VariableDeclarationKind, type InterfaceDeclarationStructure, type VariableStatementStructure } from "ts-morph";
import { createSourceFile, finalText } from "../typescript/source-file.js";
import type { ApiModel } from "../../model/ir.js";
import { guardName, typeIdentifier, validatorName } from "../escape.js";
import { generatedHeader } from "../header.js";
import { validatedDeclarations } from "./write-validators.js";

/**
 * The declarations of a validators module: each validator is a type guard over
 * the version's generated interfaces, with AJV's errors of the last failed call.
 */
export function writeValidatorTypes(model: ApiModel): string {
  const file = createSourceFile("validators.d.ts");
  const declarations = validatedDeclarations(model);
  // One manipulation for the whole file: ts-morph re-parses the file after each one.
  file.addStatements([
    generatedHeader(model.version),
    ...(declarations.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: declarations.map((d) => typeIdentifier(d.name)) } as const]
      : []),
    validationErrorInterface(),
    validatorInterface(),
    ...declarations.flatMap((declaration) => [
      declaredConstant(validatorName(declaration.name), `Validator<${typeIdentifier(declaration.name)}>`, `Validates a \`${declaration.name}\`.`),
      declaredConstant(
        guardName(declaration.name),
        `(value: unknown) => value is ${typeIdentifier(declaration.name)}`,
        `Whether a value is a \`${declaration.name}\`: the fast check alone, without errors. May answer \`false\` for a valid object whose prototype is not \`Object.prototype\`; \`${validatorName(declaration.name)}\` decides those.`,
      ),
    ]),
  ]);
  return finalText(file);
}

function declaredConstant(name: string, type: string, doc: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    hasDeclareKeyword: true,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type }],
  };
}

function validationErrorInterface(): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: "ValidationError",
    isExported: true,
    docs: ["One reason a value was rejected (AJV's error object). Validators stop at the first failure; only a value tried against alternatives (`anyOf`) reports one error per alternative."],
    properties: [
      { name: "instancePath", type: "string", docs: ["JSON Pointer to the offending value, `\"\"` for the root."] },
      { name: "schemaPath", type: "string", docs: ["JSON Pointer into the version's schema bundle."] },
      { name: "keyword", type: "string", docs: ["The schema keyword that failed, for example `required` or `discriminator`."] },
      { name: "params", type: "Record<string, unknown>", docs: ["Details that depend on the keyword, for example `{ missingProperty }`."] },
      { name: "message", type: "string", hasQuestionToken: true, docs: ["English description of the failure."] },
    ],
  };
}

function validatorInterface(): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: "Validator",
    isExported: true,
    typeParameters: ["T"],
    docs: ["Checks a parsed JSON value against one type; never throws and never changes the value."],
    callSignatures: [{ parameters: [{ name: "value", type: "unknown" }], returnType: "value is T" }],
    properties: [{ name: "errors", type: "ValidationError[] | null", hasQuestionToken: true, docs: ["Why the last call returned false; `null` after a success."] }],
  };
}
