import { dirname, relative } from "node:path";
import ts from "typescript";
import { openaiDir } from "../paths.js";
import type { Report } from "../report.js";
import type { Declaration } from "../shape.js";
import type { Verdict } from "../verdicts.js";

/** What one type alias in a check file asserts, about an event pair or a model pair. */
export interface Check {
  readonly alias: string;
  /** `event response.audio.delta ↔ response.output_audio.delta`, `model Response ↔ RealtimeResponse`. */
  readonly subject: string;
  readonly claim: "identical" | "not identical" | "mutually assignable" | "not mutually assignable";
}

const EVENT_UNION: Readonly<Record<"client" | "server", { voicelive: string; openai: (report: Report) => string }>> = {
  client: { voicelive: "ClientEvent", openai: (report) => report.flavour.clientUnion },
  server: { voicelive: "ServerEvent", openai: (report) => report.flavour.serverUnion },
};

const f = ts.factory;

/**
 * A TypeScript module asserting what a report's verdicts say about the declared types:
 * per shared event (its payload, `type` left out) and per model pair both sides
 * declare, identical or not (the checker's identity relation) and mutually assignable
 * or not. Model pairs compared with a bag's constants narrowed have no declared
 * counterpart and are left out. Built with the TS factory, so names and string
 * literals are escaped by the printer, not by hand.
 */
export function checkSource(report: Report, fileName: string, generatedTypes: string, assertions: string): { text: string; checks: Check[] } {
  const imports = new ModuleImports(report);
  const checks: Check[] = [];
  const assertionsAliases: ts.Statement[] = [];
  const assert = (subject: string, id: string, verdict: Verdict, voicelive: ts.TypeNode, openai: ts.TypeNode) => {
    const identical = reference("Identical", voicelive, openai);
    const assignable = reference("MutuallyAssignable", voicelive, openai);
    const claims: [Check["claim"], ts.TypeNode][] = [
      verdict === "identical" ? ["identical", identical] : ["not identical", reference("Not", identical)],
      verdict === "different" ? ["not mutually assignable", reference("Not", assignable)] : ["mutually assignable", assignable],
    ];
    for (const [claim, type] of claims) {
      const alias = `${id}_${claim.replace(/ /g, "_")}`.replace(/[^A-Za-z0-9_]/g, "_");
      checks.push({ alias, subject, claim });
      assertionsAliases.push(f.createTypeAliasDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], alias, undefined, reference("Expect", type)));
    }
  };

  for (const event of report.events) {
    const union = EVENT_UNION[event.direction];
    const voicelive = reference("Payload", qualified("VoiceLive", union.voicelive), literal(event.voicelive.type));
    const openai = reference("Payload", qualified("OpenAI", union.openai(report)), literal(event.openai.type));
    assert(`event ${event.voicelive.type} ↔ ${event.openai.type}`, `event_${event.voicelive.type}`, event.verdict, voicelive, openai);
  }
  report.pairs.forEach((pair, index) => {
    const v = pair.voicelive.declaration;
    const o = pair.openai.declaration;
    if (pair.narrowed || !v || !o) return;
    assert(`model ${pair.key}`, `model_${index}_${v.name}`, pair.verdict, qualified("VoiceLive", v.name), qualified(imports.namespace(o), o.name));
  });

  const statements = [
    typeImport("VoiceLive", moduleSpecifier(fileName, generatedTypes)),
    ...imports.statements(),
    namedTypeImport(["Expect", "Identical", "MutuallyAssignable", "Not", "Payload"], moduleSpecifier(fileName, assertions)),
    ...assertionsAliases,
  ];
  const file = ts.createSourceFile(fileName, "", ts.ScriptTarget.ES2023, false, ts.ScriptKind.TS);
  const text = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(f.updateSourceFile(file, statements));
  return { text, checks };
}

/** One namespace import per `openai` module a checked declaration lives in; the flavour's own module is `OpenAI`. */
class ModuleImports {
  readonly #namespaces = new Map<string, string>();

  constructor(readonly report: Report) {
    this.#namespaces.set(report.flavour.specifier, "OpenAI");
  }

  namespace(declaration: Declaration): string {
    const specifier = declaration.file === this.report.flavour.declarations ? this.report.flavour.specifier : packageSpecifier(declaration.file!);
    let namespace = this.#namespaces.get(specifier);
    if (!namespace) {
      namespace = `OpenAI_${this.#namespaces.size}`;
      this.#namespaces.set(specifier, namespace);
    }
    return namespace;
  }

  statements(): ts.Statement[] {
    return [...this.#namespaces].map(([specifier, namespace]) => typeImport(namespace, specifier));
  }
}

/** `…/node_modules/openai/resources/responses/responses.d.ts` → `openai/resources/responses/responses` (the package's `exports` map). */
function packageSpecifier(file: string): string {
  return `openai/${relative(openaiDir, file).replace(/\\/g, "/").replace(/\.d\.ts$/, "")}`;
}

/** `VoiceLive` + `RealtimeServerEvent.ConversationItemRetrieved` → a type reference to `VoiceLive.RealtimeServerEvent.ConversationItemRetrieved`. */
function qualified(namespace: string, name: string): ts.TypeNode {
  const entity = name.split(".").reduce<ts.EntityName>((left, part) => f.createQualifiedName(left, part), f.createIdentifier(namespace));
  return f.createTypeReferenceNode(entity);
}

function literal(value: string): ts.TypeNode {
  return f.createLiteralTypeNode(f.createStringLiteral(value));
}

function reference(name: string, ...args: ts.TypeNode[]): ts.TypeNode {
  return f.createTypeReferenceNode(name, args);
}

function typeImport(namespace: string, specifier: string): ts.Statement {
  return f.createImportDeclaration(undefined, f.createImportClause(ts.SyntaxKind.TypeKeyword, undefined, f.createNamespaceImport(f.createIdentifier(namespace))), f.createStringLiteral(specifier));
}

function namedTypeImport(names: readonly string[], specifier: string): ts.Statement {
  const specifiers = names.map((name) => f.createImportSpecifier(false, undefined, f.createIdentifier(name)));
  return f.createImportDeclaration(undefined, f.createImportClause(ts.SyntaxKind.TypeKeyword, undefined, f.createNamedImports(specifiers)), f.createStringLiteral(specifier));
}

/** A relative ESM specifier from the check file to a `.ts` / `.d.ts` file, spelt with `.js` as NodeNext wants. */
function moduleSpecifier(from: string, to: string): string {
  const path = relative(dirname(from), to).replace(/\\/g, "/").replace(/(\.d)?\.ts$/, ".js");
  return path.startsWith(".") ? path : `./${path}`;
}
