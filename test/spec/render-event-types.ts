import type { ApiModel, UnionDeclaration } from "typespec-wire-emitter";

const UNIONS = [
  { name: "ClientEvent", title: "Client events" },
  { name: "ServerEvent", title: "Server events" },
] as const;

/**
 * The golden document: per event union, a table with one row per event type and
 * one column per API version, so adding or removing an event in the spec shows
 * as a one-row diff.
 */
export function renderEventTypes(models: readonly ApiModel[]): string {
  const versions = models.map((model) => model.version ?? "(unversioned)");
  const lines = [
    "# Event types per API version",
    "",
    "Generated from `spec/` by `test/spec/event-types.test.ts`; rewrite with `npm run golden:update`.",
    "✓ = the version defines the event type.",
  ];
  for (const union of UNIONS) {
    const perVersion = models.map((model) => new Set(variantValues(model, union.name)));
    const all = [...new Set(perVersion.flatMap((values) => [...values]))].sort();
    lines.push("", `## ${union.title}`, "", `| type | ${versions.join(" | ")} |`, `|---|${versions.map(() => ":-:").join("|")}|`);
    for (const type of all) lines.push(`| \`${type}\` | ${perVersion.map((values) => (values.has(type) ? "✓" : "")).join(" | ")} |`);
    lines.push("", `Totals: ${perVersion.map((values, index) => `${versions[index]}: ${values.size}`).join(", ")}.`);
  }
  return `${lines.join("\n")}\n`;
}

function variantValues(model: ApiModel, union: string): string[] {
  const declaration = model.declarations.find((d): d is UnionDeclaration => d.kind === "union" && d.name === union);
  return declaration?.discriminator?.variants.map((variant) => variant.value) ?? [];
}
