// The report's section on the peers a user would weigh for precompiled or CSP-safe
// validation (@exodus/schemasafe, @cfworker/json-schema, ArkType): what each is, whether
// it answers like the generated validators, what an app ships, and whether it runs where
// code generation from strings is disallowed; every figure from the same run.
import { kib, ms, ns, table, times } from "./format.js";
import { ratio } from "./validation.js";

export const PEERS = ["schemasafe", "cfworker", "arktype"];

/** Rows of the CSP table, in this order; `kind` says how each turns a schema into checks. */
const KINDS = {
  generated: "precompiled: generated module",
  typia: "precompiled: generated module",
  schemasafe: "precompiled: generated module",
  cfworker: "interpreter of schema.json",
  arktype: "JIT: `new Function` at definition time",
  zod: "JIT: `new Function` on first use",
  typebox: "run-time compiler: `new Function`",
  "ajv-discriminator": "run-time compiler: `new Function`",
};

/** What an app ships to check events with `id`, and its min+gz size, from this run's size figures. */
function shipped(id, r) {
  const spec = r.sizes.rows.find((x) => x.version === r.version && x.mode === "spec");
  const peers = r.sizes.peers ?? {};
  switch (id) {
    case "generated":
      return [`\`isServerEvent\` + \`isClientEvent\` (with AJV's error reporting, \`validate*\`: ${kib(spec?.validators.minGzip)})`, kib(spec?.guards.minGzip)];
    case "typia":
      return r.sizes.typia ? ["`isServerEvent` + `isClientEvent`", kib(r.sizes.typia.minGzip)] : ["—", "n/a"];
    case "schemasafe":
      return peers.schemasafe ? ["the generated module (both event validators, no library)", kib(peers.schemasafe.minGzip)] : ["—", "n/a"];
    case "cfworker":
      return [`the library (${kib(peers.cfworker.library.minGzip)}) + schema.json it interprets (${kib(peers.cfworker.schema.minGzip)}, whitespace removed)`, kib(peers.cfworker.library.minGzip + peers.cfworker.schema.minGzip)];
    case "arktype":
      return ["the library (`type`), plus the app's type definitions (not counted)", kib(peers.arktype.library.minGzip)];
    default:
      return ["the library plus schema.json or definitions (not measured)", "—"];
  }
}

/** A short reason from a failed probe's stderr. */
const shortFailure = (failure) => (/Code generation from strings disallowed/.test(failure ?? "") ? "EvalError: code generation from strings disallowed" : (failure ?? "").slice(0, 80));

function verdict(csp) {
  const strings = csp.atLoad + csp.atCheck;
  if (!csp.runsWithoutCodegen) return `**no** (${shortFailure(csp.failure)})`;
  if (strings === 0) return "**yes**";
  return "works: it notices the prohibition and runs without compiled code, at a speed not measured here (the rows above are its compiled mode)";
}

/** The section's Markdown blocks. */
export function peersSection(r) {
  const v = r.validation.results;
  const label = Object.fromEntries(r.contenders.map((c) => [c.id, c.label]));
  const present = PEERS.filter((id) => v.full?.[id]);
  if (!present.length) return [];
  const blocks = ["## Precompiled and CSP-safe peers"];
  blocks.push(
    "The validators a user would weigh for precompiled or CSP-safe validation, in the same run, on the same data, in every table above. Each is built from the version's schema.json: @exodus/schemasafe generates a module from it as it is (draft-07 with the `discriminator` keyword, which it supports and compiles to a `switch`); @cfworker/json-schema interprets it as it is; ArkType gets definitions converted from it by the same schema walk as TypeBox and zod (scripts/bench/lib/to-arktype.js).",
  );

  const agreement = (id) => r.contenders.find((c) => c.id === id)?.agreement;
  const same = (id) => {
    const a = agreement(id);
    const g = agreement("generated");
    return a && g && a.validServer === g.validServer && a.validClient === g.validClient && a.rejected === g.rejected && a.constraintRejected === g.constraintRejected;
  };
  const rel = (set, id) => ratio(v, set, id, "generated")?.median;
  blocks.push(
    table(
      ["peer", "same answers as generated", "full stream ns/event", "÷ generated: full", "hot", "large", "client", "rejection", "parse + validate", "cold start over bare node"],
      present.map((id) => {
        const a = agreement(id);
        return [
          label[id],
          same(id) ? `yes (${a.validServer}/${a.validServerOf}, ${a.validClient}, ${a.rejected}, ${a.constraintRejected})` : `**no**: ${a?.problems.join("; ") || "counts differ"}`,
          ns(v.full[id].summary.median),
          times(rel("full", id)),
          times(rel("hot", id)),
          times(rel("large", id)),
          times(rel("client", id)),
          times(rel("reject", id)),
          times(ratio(v, "parse", id, "generated")?.median),
          r.cold[id] && r.cold.bare ? `+${ms(r.cold[id].median - r.cold.bare.median)}` : "n/a",
        ];
      }),
      "llrrrrrrrr",
    ),
    "Answers: valid server events accepted, valid client events accepted, invalid events rejected, constraint violations rejected (the start-up check above). Ratios are per-round ratios of medians within this run, the median over rounds; above 1× the peer is slower.",
  );

  if (r.csp) {
    const ids = Object.keys(KINDS).filter((id) => r.csp[id]);
    blocks.push(
      "### What ships, and CSP",
      "A page whose Content-Security-Policy `script-src` lacks `'unsafe-eval'` cannot run `eval` or `new Function`. Each contender's cold-start probe is run once more with `node --disallow-code-generation-from-strings` (the same prohibition in V8), and once with `Function` and `eval` replaced by counting wrappers, which count the strings compiled to code while loading and building, and while checking the first event.",
      table(
        ["contender", "kind", "what an app ships", "min+gz", "strings compiled: load / first check", "runs with code generation disallowed", "CSP-safe"],
        ids.map((id) => {
          const csp = r.csp[id];
          const [what, size] = shipped(id, r);
          return [csp.label, KINDS[id], what, size, `${csp.atLoad} / ${csp.atCheck}`, csp.runsWithoutCodegen ? "yes" : "no", verdict(csp)];
        }),
        "lllrrll",
      ),
    );
  }

  blocks.push(
    "### How each peer was set up, and where it differs",
    [
      `- @exodus/schemasafe ${r.machine.packages["@exodus/schemasafe"]}: \`validator([{$ref: …ServerEvent}, {$ref: …ClientEvent}], { multi: true, schemas: new Map([[id, schema]]), formatAssertion: false, contentValidation: false, allowUnusedKeywords: true })\`, then \`toModule()\`, written as an ES module (scripts/bench/lib/schemasafe.js) and imported. The options give the emitter's check: with its draft-07 defaults schemasafe would also assert \`format: uri\` and decode-check every \`contentEncoding: base64\` audio string, which the emitter's AJV options (\`validateFormats: false\`, draft-07 content keywords as annotations) do not; \`allowUnusedKeywords\` is how schemasafe accepts \`contentEncoding\` as an annotation. Boolean answers (\`includeErrors\` off, its default), like typia \`is\`. The module's setup time is generation plus printing, a build step for an app.`,
      `- @cfworker/json-schema ${r.machine.packages["@cfworker/json-schema"]}: \`new Validator({$ref: …}, "7", true)\` with schema.json added, \`validate(value).valid\`. It has no \`discriminator\` keyword and ignores it, so a union is its \`oneOf\`: every branch is evaluated to establish that exactly one matches. That is the same answer here (the branches' \`type\` constants differ), found by trying all ${r.data.serverVariants ?? "the"} server-event branches, which is where its time goes. It asserts \`format\` (the bundle's \`uri\` strings) and has no option to turn that off${same("cfworker") ? "; no count differs from the generated validators' in this run" : ""}. It builds error objects for every failed branch. An app could read \`type\` itself and validate against that one event's \`$defs\` entry; that is a setup of its own, not measured here.`,
      `- ArkType ${r.machine.packages.arktype}: definitions converted from schema.json (objects keep undeclared keys, ArkType's default; unions handed over as \`type.or(...)\`, ArkType finds the discriminant itself), checked with \`Type.allows\` (a boolean, no error objects). It compiles its types with \`new Function\` when it can; where code generation is disallowed it detects that and interprets them instead, so it runs under a CSP, at a speed this bench does not measure. Its cold start includes the conversion from schema.json, like TypeBox's and zod's.`,
    ].join("\n"),
  );
  return blocks;
}
