import { basename, dirname, relative } from "node:path";
import { Node, Project, ts, type Symbol as MorphSymbol, type Type } from "ts-morph";
import type { Direction, Flavour } from "./flavours.js";
import { openaiDir } from "./paths.js";
import { literals, named, primitive, union, type Declaration, type NamedShape, type PropertyShape, type Shape } from "./shape.js";

export interface OpenAIEvent {
  readonly type: string;
  readonly direction: Direction;
  /** The declared name, qualified within its module (`RealtimeServerEvent.ConversationItemRetrieved`). */
  readonly model: string;
  readonly shape: NamedShape;
}

export interface OpenAIApi {
  readonly flavour: Flavour;
  readonly events: readonly OpenAIEvent[];
}

/**
 * Reads a flavour's client and server event unions from the installed `openai`
 * declarations with the type checker, so namespaces, aliases and imports from sibling
 * modules (`responses`, `shared`) resolve exactly as they do for an SDK user.
 */
export function readOpenAI(flavour: Flavour): OpenAIApi {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] },
  });
  const file = project.addSourceFileAtPath(flavour.declarations);
  project.resolveSourceFileDependencies();
  const shapes = new TypeShapes(file, flavour.declarations);
  const unions: Readonly<Record<Direction, string>> = { client: flavour.clientUnion, server: flavour.serverUnion };
  const events = (Object.keys(unions) as Direction[]).flatMap((direction) =>
    file
      .getTypeAliasOrThrow(unions[direction])
      .getType()
      .getUnionTypes()
      .map((member) => {
        const type = member.getPropertyOrThrow("type").getTypeAtLocation(file);
        if (!type.isStringLiteral()) throw new Error(`${member.getText()}: \`type\` is not a string literal`);
        const shape = shapes.shape(member);
        if (shape.kind !== "named") throw new Error(`${member.getText()} is not a declared model`);
        return { type: type.getLiteralValue() as string, direction, model: shape.name, shape };
      }),
  );
  return { flavour, events };
}

/** Turns checker types into shapes; one named shape per declared interface or alias. */
class TypeShapes {
  readonly #cache = new Map<ts.Type, Shape>();

  constructor(
    readonly location: Node,
    readonly mainFile: string,
  ) {}

  shape(type: Type): Shape {
    let shape = this.#cache.get(type.compilerType);
    if (!shape) {
      shape = this.#convert(type);
      this.#cache.set(type.compilerType, shape);
    }
    return shape;
  }

  #convert(type: Type): Shape {
    if (type.isAny() || type.isUnknown()) return primitive("unknown");
    if (type.isString()) return primitive("string");
    if (type.isNumber()) return primitive("number");
    if (type.isBoolean()) return primitive("boolean");
    if (type.isNull()) return primitive("null");
    if (type.isStringLiteral() || type.isNumberLiteral()) return literals([type.getLiteralValue() as string | number]);
    if (type.isBooleanLiteral()) return literals([type.getText() === "true"]);
    if (type.isArray() || type.isReadonlyArray()) return { kind: "array", items: this.shape(type.getArrayElementTypeOrThrow()) };
    // `string & {}` is the SDK's idiom for "any string" inside an open enum; as a value it is a string.
    if (type.isIntersection() && type.getIntersectionTypes().some((part) => part.isString())) return primitive("string");
    const declaration = this.#declaration(type);
    // Unions are normalised here too: JSON has no `undefined`, and `boolean` arrives split.
    const structural = (): Shape => (type.isUnion() ? this.#union(type) : this.#object(type));
    if (!declaration) return structural();
    const name = declaration.file === this.mainFile ? declaration.name : `${moduleName(declaration.file!)}.${declaration.name}`;
    return named(name, structural, declaration);
  }

  /** `undefined` only marks optional properties, which `required` already says, so it is dropped. */
  #union(type: Type): Shape {
    const members = type.getUnionTypes().filter((member) => !member.isUndefined());
    // The checker splits `boolean` into `true | false`; put it back together.
    const hasTrue = members.some((member) => member.isBooleanLiteral() && member.getText() === "true");
    const hasFalse = members.some((member) => member.isBooleanLiteral() && member.getText() === "false");
    const rest = hasTrue && hasFalse ? members.filter((member) => !member.isBooleanLiteral()) : members;
    return union([...rest.map((member) => this.shape(member)), ...(hasTrue && hasFalse ? [primitive("boolean")] : [])]);
  }

  #object(type: Type): Shape {
    const properties = new Map<string, PropertyShape>(
      type.getProperties().map((property) => [property.getName(), { shape: this.#propertyShape(property), required: !property.isOptional() }]),
    );
    const index = type.getStringIndexType();
    return { kind: "object", properties, ...(index ? { additional: this.shape(index) } : {}) };
  }

  /**
   * Reads the declared type where there is one: the checker's type of an optional
   * property is a fresh `T | undefined` union that has lost the alias name of `T`.
   */
  #propertyShape(property: MorphSymbol): Shape {
    const declaration = property.getValueDeclaration();
    const typeNode = declaration && Node.isPropertySignature(declaration) ? declaration.getTypeNode() : undefined;
    const type = typeNode ? typeNode.getType() : property.getTypeAtLocation(this.location);
    return this.shape(type);
  }

  /**
   * The name an SDK user sees for a type declared in the `openai` package: the alias for
   * unions and aliased object types, the interface name (with its namespace) otherwise.
   * Types from the standard library (`Array`, `Record`) and anonymous literals have none.
   */
  #declaration(type: Type): Declaration | undefined {
    const candidates = [type.getAliasSymbol(), type.isUnion() ? undefined : type.getSymbol()];
    for (const symbol of candidates) {
      const declaration = symbol?.getDeclarations()[0];
      if (!symbol || !declaration || symbol.getName().startsWith("__")) continue;
      const file = declaration.getSourceFile().getFilePath();
      if (relative(openaiDir, file).startsWith("..")) continue;
      return { name: symbol.getFullyQualifiedName().replace(/^"[^"]*"\./, ""), file };
    }
    return undefined;
  }
}

/** A name from a sibling module gets that module's file name as a prefix in reports: `responses.ToolChoiceFunction`. */
function moduleName(file: string): string {
  const name = basename(file).replace(/\.d\.m?ts$/, "");
  return name === "index" ? basename(dirname(file)) : name;
}
