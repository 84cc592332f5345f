import { ts } from "ts-morph";
import { declarationFile, printedStatement } from "../typescript/declaration-file.js";
import { withDescription } from "../typescript/jsdoc.js";
import { StatementMemo } from "../typescript/statement-memo.js";
import type { ApiModel } from "../../model/ir.js";
import { guardName, typeIdentifier, validatorName } from "../escape.js";
import { validatedDeclarations } from "./write-validators.js";

const { factory, SyntaxKind } = ts;

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
export function writeValidatorTypes(model: ApiModel, header: string, memo = new StatementMemo()): string {
  const declarations = validatedDeclarations(model);
  const importTypes = factory.createImportDeclaration(
    undefined,
    factory.createImportClause(true, undefined, factory.createNamespaceImport(factory.createIdentifier(TYPES_NAMESPACE))),
    factory.createStringLiteral("./types.js"),
  );
  return declarationFile(header, [
    ...(declarations.length > 0 ? [printedStatement(importTypes)] : []),
    printedStatement(validationErrorInterface()),
    printedStatement(validatorInterface()),
    // A declaration's two statements depend on its name alone.
    ...declarations.flatMap(({ name }) => [
      memo.get(`validator:${name}`, () => printedStatement(declaredConstant(validatorName(name), validatorType(name), `Validates a \`${name}\`.`))),
      memo.get(`guard:${name}`, () =>
        printedStatement(
          declaredConstant(
            guardName(name),
            guardType(name),
            `Whether a value is a \`${name}\`: the fast check alone, without errors, with \`${validatorName(name)}\`'s verdict. Never throws: a value whose reading throws is not one.`,
          ),
        ),
      ),
    ]),
  ]);
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
  return factory.createFunctionTypeNode(undefined, [parameter("value", keyword(SyntaxKind.UnknownKeyword))], factory.createTypePredicateNode(undefined, "value", specType(name)));
}

/** `export declare const name: type;` */
function declaredConstant(name: string, type: ts.TypeNode, doc: string): ts.VariableStatement {
  const modifiers = [factory.createModifier(SyntaxKind.ExportKeyword), factory.createModifier(SyntaxKind.DeclareKeyword)];
  const list = factory.createVariableDeclarationList([factory.createVariableDeclaration(name, undefined, type)], ts.NodeFlags.Const);
  return withDescription(factory.createVariableStatement(modifiers, list), doc);
}

function validationErrorInterface(): ts.InterfaceDeclaration {
  const members = [
    property("instancePath", keyword(SyntaxKind.StringKeyword), "JSON Pointer to the offending value, `\"\"` for the root."),
    property("schemaPath", keyword(SyntaxKind.StringKeyword), "JSON Pointer into the version's schema bundle."),
    property(
      "keyword",
      keyword(SyntaxKind.StringKeyword),
      "The schema keyword that failed, for example `required` or `discriminator`; `exception` when reading the value threw (a getter, a proxy trap, nesting deeper than the stack).",
    ),
    property("params", factory.createTypeReferenceNode("Record", [keyword(SyntaxKind.StringKeyword), keyword(SyntaxKind.UnknownKeyword)]), "Details that depend on the keyword, for example `{ missingProperty }`."),
    property("message", keyword(SyntaxKind.StringKeyword), "English description of the failure.", true),
    property(
      "allowed",
      factory.createTypeLiteralNode([
        property("values", factory.createArrayTypeNode(keyword(SyntaxKind.UnknownKeyword)), "Values the spec allows."),
        property("types", factory.createArrayTypeNode(keyword(SyntaxKind.StringKeyword)), "JSON types the spec allows."),
      ]),
      "On a `type` or `pattern` error where the validator merged the spec's alternatives into one schema: what the spec allows there, these values or any value of these JSON types (`int32 | \"inf\"` is `{ values: [\"inf\"], types: [\"integer\"] }`).",
      true,
    ),
  ];
  const declaration = factory.createInterfaceDeclaration(EXPORT, VALIDATOR_TYPE_NAMES[0], undefined, undefined, members);
  return withDescription(
    declaration,
    "One reason a value was rejected (AJV's error object). Validators stop at the first failure; only a value tried against alternatives (`anyOf`) reports one error per alternative and then the `anyOf`, and strict mode reports a misspelt required property as two: the unknown key, then the missing one. A `T | null` whose value is of T's kind (an object where a model or null is allowed) reports T's failure alone, without the `must be null` and `anyOf` errors, which only say that the value is not null; a value of neither kind keeps all three (`must be an object or null`).",
  );
}

function validatorInterface(): ts.InterfaceDeclaration {
  const call = factory.createCallSignature(undefined, [parameter("value", keyword(SyntaxKind.UnknownKeyword))], factory.createTypePredicateNode(undefined, "value", factory.createTypeReferenceNode("T")));
  const errors = factory.createUnionTypeNode([factory.createArrayTypeNode(factory.createTypeReferenceNode(VALIDATOR_TYPE_NAMES[0])), factory.createLiteralTypeNode(factory.createNull())]);
  const members = [call, property("errors", errors, "Why the last call returned false; `null` after a success.", true)];
  const typeParameters = [factory.createTypeParameterDeclaration(undefined, "T")];
  const declaration = factory.createInterfaceDeclaration(EXPORT, VALIDATOR_TYPE_NAMES[1], typeParameters, undefined, members);
  return withDescription(
    declaration,
    "Checks a value against one type, as AJV with `ownProperties` would: properties inherited from a prototype do not count. Never changes the value and never throws: a value whose reading throws is rejected with an `exception` error.",
  );
}

const EXPORT = [factory.createModifier(SyntaxKind.ExportKeyword)];

function property(name: string, type: ts.TypeNode, doc: string, optional = false): ts.PropertySignature {
  return withDescription(factory.createPropertySignature(undefined, name, optional ? factory.createToken(SyntaxKind.QuestionToken) : undefined, type), doc);
}

function parameter(name: string, type: ts.TypeNode): ts.ParameterDeclaration {
  return factory.createParameterDeclaration(undefined, undefined, name, undefined, type);
}

function keyword(kind: ts.KeywordTypeSyntaxKind): ts.KeywordTypeNode {
  return factory.createKeywordTypeNode(kind);
}
