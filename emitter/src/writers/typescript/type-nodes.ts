import { ts } from "ts-morph";
import type { Property, TypeRef } from "../../model/ir.js";
import { isIdentifierName, typeIdentifier } from "../escape.js";
import { printNode } from "./print.js";

const { factory, SyntaxKind } = ts;

/** A TypeScript type node for a type reference; the TypeScript printer does all quoting. */
export function typeNode(ref: TypeRef): ts.TypeNode {
  switch (ref.kind) {
    case "ref":
      return factory.createTypeReferenceNode(typeIdentifier(ref.name));
    case "string":
      return keyword(SyntaxKind.StringKeyword);
    case "number":
      return keyword(SyntaxKind.NumberKeyword);
    case "boolean":
      return keyword(SyntaxKind.BooleanKeyword);
    case "null":
      return factory.createLiteralTypeNode(factory.createNull());
    case "unknown":
      return keyword(SyntaxKind.UnknownKeyword);
    case "literal":
      return literalNode(ref.value);
    case "array":
      return factory.createArrayTypeNode(parenthesizeForArray(typeNode(ref.items)));
    case "record":
      return factory.createTypeReferenceNode("Record", [keyword(SyntaxKind.StringKeyword), typeNode(ref.values)]);
    case "object":
      return factory.createTypeLiteralNode(objectMembers(ref.properties, ref.additionalProperties));
    case "union":
      return unionNode(ref.members.map(typeNode));
    case "enum":
      return enumNode(ref.values, ref.open, ref.base.kind);
  }
}

/**
 * A union of distinct members: alternatives the schema tells apart can be one
 * TypeScript type (`int32 | float64` are both `number`), which is written once. A
 * union left with one member is that member.
 */
export function unionNode(members: readonly ts.TypeNode[]): ts.TypeNode {
  const byText = new Map<string, ts.TypeNode>();
  for (const member of members) {
    const text = printNode(member);
    if (!byText.has(text)) byText.set(text, member);
  }
  const distinct = [...byText.values()];
  return distinct.length === 1 ? distinct[0]! : factory.createUnionTypeNode(distinct);
}

/** `"a" | "b"`, plus `(string & {})` for an open enum: editors still suggest the known values. */
export function enumNode(values: readonly (string | number)[], open: boolean, baseType: "string" | "number"): ts.TypeNode {
  const literals = values.map(literalNode);
  if (!open) return literals.length === 1 ? literals[0]! : factory.createUnionTypeNode(literals);
  const base = keyword(baseType === "string" ? SyntaxKind.StringKeyword : SyntaxKind.NumberKeyword);
  const anyOther = factory.createParenthesizedType(factory.createIntersectionTypeNode([base, factory.createTypeLiteralNode([])]));
  return factory.createUnionTypeNode([...literals, anyOther]);
}

function objectMembers(properties: readonly Property[], additional: TypeRef | undefined): ts.TypeElement[] {
  const members: ts.TypeElement[] = properties.map((property) =>
    factory.createPropertySignature(
      undefined,
      propertyName(property.name),
      property.optional ? factory.createToken(SyntaxKind.QuestionToken) : undefined,
      typeNode(property.type),
    ),
  );
  if (additional) members.push(indexSignature(additional, properties.length > 0));
  return members;
}

/**
 * `[key: string]: T`. When the model also lists properties of other types, the
 * index type must admit them too, so it widens to `unknown`.
 */
export function indexSignature(values: TypeRef, hasProperties: boolean): ts.IndexSignatureDeclaration {
  const parameter = factory.createParameterDeclaration(undefined, undefined, "key", undefined, keyword(SyntaxKind.StringKeyword));
  const valueType = hasProperties && values.kind !== "unknown" ? keyword(SyntaxKind.UnknownKeyword) : typeNode(values);
  return factory.createIndexSignature(undefined, [parameter], valueType);
}

/** A property's name: bare when it is an identifier, a string literal otherwise. */
export function propertyName(name: string): ts.PropertyName {
  return isIdentifierName(name) ? factory.createIdentifier(name) : factory.createStringLiteral(name);
}

function literalNode(value: string | number | boolean): ts.TypeNode {
  if (typeof value === "string") return factory.createLiteralTypeNode(factory.createStringLiteral(value));
  if (typeof value === "boolean") return factory.createLiteralTypeNode(value ? factory.createTrue() : factory.createFalse());
  return value < 0
    ? factory.createLiteralTypeNode(factory.createPrefixUnaryExpression(SyntaxKind.MinusToken, factory.createNumericLiteral(-value)))
    : factory.createLiteralTypeNode(factory.createNumericLiteral(value));
}

function parenthesizeForArray(node: ts.TypeNode): ts.TypeNode {
  return ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node) ? factory.createParenthesizedType(node) : node;
}

function keyword(kind: ts.KeywordTypeSyntaxKind): ts.KeywordTypeNode {
  return factory.createKeywordTypeNode(kind);
}

