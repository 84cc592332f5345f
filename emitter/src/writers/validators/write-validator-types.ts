import { StructureKind, ts, VariableDeclarationKind, type InterfaceDeclarationStructure, type VariableStatementStructure } from "ts-morph";
import { createSourceFile, finalText } from "../typescript/source-file.js";
import { printNode } from "../typescript/type-nodes.js";
import type { ApiModel } from "../../model/ir.js";
import { guardName, jsDocText, typeIdentifier, validatorName } from "../escape.js";
import { validatedDeclarations } from "./write-validators.js";

const { factory } = ts;

/**
 * The spec's types are reached through one namespace import, never imported by
 * name: a spec type named `Validator` or `ValidationError` would otherwise clash
 * with the interfaces this file declares.
 */
const TYPES_NAMESPACE = "T";

/** The interfaces every validators declaration file declares beside the validators. */
export const VALIDATOR_TYPE_NAMES = ["ValidationError", "Validator"] as const;

/**
 * The declarations of a validators module: each validator is a type guard over
 * the version's generated interfaces, with AJV's errors of the last failed call.
 */
export function writeValidatorTypes(model: ApiModel, header: string): string {
  const file = createSourceFile("validators.d.ts");
  const declarations = validatedDeclarations(model);
  // One manipulation for the whole file: ts-morph re-parses the file after each one.
  file.addStatements([
    header,
    ...(declarations.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namespaceImport: TYPES_NAMESPACE } as const]
      : []),
    validationErrorInterface(),
    validatorInterface(),
    ...declarations.flatMap(({ name }) => [
      declaredConstant(validatorName(name), validatorType(name), `Validates a \`${name}\`.`),
      declaredConstant(
        guardName(name),
        guardType(name),
        `Whether a value is a \`${name}\`: the fast check alone, without errors. May answer \`false\` for a valid object whose prototype is not \`Object.prototype\`; \`${validatorName(name)}\` decides those.`,
      ),
    ]),
  ]);
  return finalText(file);
}

/** `T.Name`: a spec type, through the namespace import. */
function specType(name: string): ts.TypeReferenceNode {
  return factory.createTypeReferenceNode(factory.createQualifiedName(factory.createIdentifier(TYPES_NAMESPACE), typeIdentifier(name)));
}

/** `Validator<T.Name>` */
function validatorType(name: string): ts.TypeNode {
  return factory.createTypeReferenceNode("Validator", [specType(name)]);
}

/** `(value: unknown) => value is T.Name` */
function guardType(name: string): ts.TypeNode {
  const value = factory.createParameterDeclaration(undefined, undefined, "value", undefined, factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword));
  return factory.createFunctionTypeNode(undefined, [value], factory.createTypePredicateNode(undefined, "value", specType(name)));
}

function declaredConstant(name: string, type: ts.TypeNode, doc: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    hasDeclareKeyword: true,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [jsDocText(doc)],
    declarations: [{ name, type: printNode(type) }],
  };
}

function validationErrorInterface(): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: VALIDATOR_TYPE_NAMES[0],
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
    name: VALIDATOR_TYPE_NAMES[1],
    isExported: true,
    typeParameters: ["T"],
    docs: ["Checks a parsed JSON value against one type; never throws and never changes the value."],
    callSignatures: [{ parameters: [{ name: "value", type: "unknown" }], returnType: "value is T" }],
    properties: [{ name: "errors", type: "ValidationError[] | null", hasQuestionToken: true, docs: ["Why the last call returned false; `null` after a success."] }],
  };
}
