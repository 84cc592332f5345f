// A seeded generator of JSON values that satisfy a schema of the bundle, with names
// chosen the way the VoiceLive service fills them in (ids with prefixes, words for text,
// base64 for audio). The stream builder asks it for whole events and overrides the few
// fields a realistic conversation ties together.
import { ANNOTATIONS, discriminatedBranches, isDiscriminated, openEnumBase, resolve } from "./schema.js";

const WORDS = (
  "the a to and of you I it is that for on with this can we be your have are what at my will " +
  "weather today tomorrow book table flight order status help please sure here check account " +
  "meeting calendar time minutes hours price ticket seat window aisle confirm cancel change " +
  "hello thanks great okay right now later morning evening city station train route delay"
).split(" ");

/**
 * @param {Record<string, any>} defs the bundle's $defs
 * @param {ReturnType<import("./prng.js").createRng>} rng
 * @param {{ audio: (minChars: number, maxChars: number) => string }} media
 */
export function createSampler(defs, rng, media) {
  const words = (min, max) => Array.from({ length: rng.int(min, max) }, () => rng.pick(WORDS)).join(" ");
  const ids = { event_id: "event_", response_id: "resp_", item_id: "item_", previous_item_id: "item_", call_id: "call_", conversation_id: "conv_", turn_id: "turn_", id: "id_" };

  function string(key, node) {
    let text;
    if (key in ids) text = ids[key] + rng.id(key === "event_id" ? 20 : 16);
    else if (key.endsWith("_id")) text = rng.id(16);
    else if (key === "model") text = rng.pick(["gpt-realtime", "gpt-4o-realtime-preview", "gpt-4.1", "phi4-mm-realtime"]);
    else if (key === "instructions") text = words(40, 120);
    else if (key === "transcript" || key === "text" || key === "message") text = words(6, 40);
    else if (key === "delta") text = words(1, 4);
    else if (key === "audio" || key === "base64") text = media.audio(2048, 8192);
    else if (key === "arguments") text = JSON.stringify({ city: rng.pick(WORDS), days: rng.int(1, 7) });
    else if (key.endsWith("url") || key === "urls") text = `https://${rng.pick(WORDS)}.example.net/${rng.id(8)}`;
    else if (key === "language" || key === "locale") text = rng.pick(["en-US", "de-DE", "fr-FR", "ja-JP"]);
    else if (key === "name") text = `${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
    else text = rng.pick(WORDS);
    const min = node.minLength ?? 0;
    return text.length >= min ? text : text.padEnd(min, "x");
  }

  function integer(key, node) {
    let value;
    if (key.endsWith("_ms")) value = rng.int(0, 60_000);
    else if (key.endsWith("_index")) value = rng.int(0, 3);
    else if (key.endsWith("tokens")) value = rng.int(0, 4000);
    else if (key.includes("sampling_rate")) value = rng.pick([16000, 24000]);
    else value = rng.int(0, 1000);
    const min = node.minimum ?? -Infinity;
    const max = Math.min(node.maximum ?? Infinity, (node.exclusiveMaximum ?? Infinity) - 1);
    return Math.max(min, Math.min(max, value));
  }

  function number(key, node) {
    if (node.minimum !== undefined && node.maximum !== undefined) {
      return Math.round((node.minimum + rng.next() * (node.maximum - node.minimum)) * 1000) / 1000;
    }
    if (key === "temperature") return Math.round((0.6 + rng.next() * 0.4) * 100) / 100;
    if (key === "logprob") return -Math.round(rng.next() * 5000) / 1000;
    return Math.round(rng.next() * 10_000) / 1000;
  }

  /** A value for a schema that constrains nothing (`{}`): what such fields carry in practice. */
  function freeForm(key) {
    if (key === "parameters") {
      return { type: "object", properties: { city: { type: "string" }, days: { type: "integer" } }, required: ["city"] };
    }
    return { text: words(2, 6), start_index: rng.int(0, 40) };
  }

  /**
   * @param {any} node a schema of the bundle
   * @param {string} key the property name the value goes under (picks realistic content)
   * @param {{ optional: number, arrays: [number, number], branch?: (values: string[][]) => number }} style
   */
  function value(node, key = "", style = STYLE_SMALL) {
    node = resolve(defs, node);
    const constraining = Object.keys(node).filter((k) => !ANNOTATIONS.has(k));
    if (constraining.length === 0) return freeForm(key);
    if ("const" in node) return node.const;
    if (Array.isArray(node.enum)) return rng.pick(node.enum);
    if (isDiscriminated(node)) {
      const branches = discriminatedBranches(defs, node);
      const index = style.branch ? style.branch(branches.map((b) => b.value)) : Math.floor(rng.next() * branches.length);
      const chosen = branches[index].schema;
      return isDiscriminated(chosen) ? value(chosen, key, style) : object(chosen, style);
    }
    if (Array.isArray(node.anyOf)) {
      const base = openEnumBase(node);
      if (base) return rng.chance(0.9) ? rng.pick(node.anyOf[0].enum) : value({ type: base }, key, style);
      return value(rng.pick(node.anyOf), key, style);
    }
    const type = Array.isArray(node.type) ? rng.pick(node.type) : node.type;
    switch (type) {
      case "object":
        return object(node, style);
      case "array": {
        const min = Math.max(node.minItems ?? 0, style.arrays[0]);
        const max = Math.min(node.maxItems ?? Infinity, Math.max(min, style.arrays[1]));
        return Array.from({ length: rng.int(min, max) }, () => value(node.items ?? {}, key, style));
      }
      case "string":
        return string(key, node);
      case "integer":
        return integer(key, node);
      case "number":
        return number(key, node);
      case "boolean":
        return rng.chance(0.5);
      case "null":
        return null;
      default:
        throw new Error(`the sampler does not handle schema ${JSON.stringify(node).slice(0, 200)}`);
    }
  }

  function object(node, style) {
    const out = {};
    const required = new Set(node.required ?? []);
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (required.has(key) || key === "event_id" || rng.chance(style.optional)) out[key] = value(property, key, style);
    }
    const extra = node.additionalProperties;
    if (extra && typeof extra === "object" && Object.keys(node.properties ?? {}).length === 0) {
      for (let i = rng.int(1, 3); i > 0; i--) out[`${rng.pick(WORDS)}_${i}`] = value(extra, "", style);
    }
    return out;
  }

  /** A value of the named definition, with `overrides` on top (an override of `undefined` removes the field). */
  function def(name, overrides = {}, style = STYLE_SMALL) {
    if (!defs[name]) throw new Error(`no $defs/${name} in this version's bundle`);
    const out = value(defs[name], "", style);
    for (const [key, v] of Object.entries(overrides)) {
      if (v === undefined) delete out[key];
      else out[key] = v;
    }
    return out;
  }

  /** A value of one branch (by discriminator value) of a discriminated union definition. */
  function branchOf(unionName, discriminatorValue, overrides = {}, style = STYLE_SMALL) {
    const branch = discriminatedBranches(defs, resolve(defs, defs[unionName])).find((b) => b.value.includes(discriminatorValue));
    if (!branch) throw new Error(`${unionName} has no branch "${discriminatorValue}" in this version`);
    const out = isDiscriminated(branch.schema) ? value(branch.schema, "", style) : object(branch.schema, style);
    for (const [key, v] of Object.entries(overrides)) {
      if (v === undefined) delete out[key];
      else out[key] = v;
    }
    return out;
  }

  return { value, def, branchOf, words };
}

/** Few optional fields, short arrays: what small events and nested parts look like. */
export const STYLE_SMALL = { optional: 0.3, arrays: [0, 2] };
/** Most optional fields, several array items: a full session configuration or a finished response. */
export const STYLE_FULL = { optional: 0.85, arrays: [2, 5] };
