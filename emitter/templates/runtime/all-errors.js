// Development mode, shared by every API version of this package: every problem of a value,
// not only the first. The validators stop at the first failure on purpose (fast, small);
// here the version's own schema.json is walked instead, with no code compiled at run time
// (no eval, so it runs under a strict Content-Security-Policy) and nothing to install.
// The errors have the shape of the validators' (AJV's), so each problem is worded by
// describeRejection, as `parseServerEvent` words its one. Only what a development build
// imports pays for it: production bundles import the version module, not this one.
//
// The schema is draft-07 as this package writes it; keywords that only annotate
// (`description`, `default`, `format`: the validators check no formats) are skipped.
// Strict mode closes the object schemas that list properties and do not dispatch on a
// discriminator, as the strict validators do. Tested to agree with the validators on
// every value: valid here exactly when valid there, the validators' error among these.
import { describeRejection, own } from "./messages.js";

/** Problems reported by one call at most; the lines end with a count of the rest. */
export const PROBLEM_LIMIT = 50;

/**
 * `validateAll(name, value, options)` and `explainAll(...)` over one version's schema.
 * `events` names the event unions (`ServerEvent`) with what their values are called and
 * their direction: a received one reads tolerantly (unknown variants are their own kind),
 * a sent one is checked strictly unless `options.strict` says otherwise.
 */
export function createAllErrorsReporter(schema, { apiVersion, events }) {
  const walkers = { spec: undefined, strict: undefined };
  const walker = (strict) => (walkers[strict ? "strict" : "spec"] ??= new SchemaWalker(schema, strict));

  function validateAll(name, value, options) {
    const event = typeof name === "string" && hasOwn.call(events, name) ? events[name] : undefined;
    const context = event === undefined ? { apiVersion } : { subject: event.subject, apiVersion, received: event.received === true };
    const strictOption = own(options, "strict");
    const strict = typeof strictOption === "boolean" ? strictOption : event?.sent === true;
    const definition = typeof name === "string" ? walker(strict).definition(name) : undefined;
    if (definition === undefined) {
      const message = `no type named ${JSON.stringify(String(name)).slice(0, 200)}${apiVersion === "" ? "" : ` in API version ${apiVersion}`}`;
      return [{ kind: "invalid-input", message, errors: [] }];
    }
    let problems;
    try {
      problems = walker(strict).problems(definition, value);
    } catch (cause) {
      problems = [[exceptionError(cause)]];
    }
    return problems.map((errors) => describeRejection(errors, value, context));
  }

  function explainAll(name, value, options) {
    const messages = validateAll(name, value, options).map((rejection) => rejection.message);
    if (messages.length <= PROBLEM_LIMIT) return messages;
    return [...messages.slice(0, PROBLEM_LIMIT), `… and ${messages.length - PROBLEM_LIMIT} more`];
  }

  return { validateAll, explainAll };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Keywords whose failure is about the kind of value at its place: a branch failing so is not of the value's kind. */
const KIND_KEYWORDS = new Set(["type", "const", "enum", "pattern", "anyOf", "oneOf"]);

/**
 * Walks a value against the schema and collects its problems: each one an array of
 * errors that describeRejection turns into one line. A problem is one error, except
 * where alternatives all failed (`anyOf`): their errors and the `anyOf` are one problem,
 * unless exactly one alternative is of the value's kind (`T | null` and an object),
 * whose problems are then the value's own.
 */
class SchemaWalker {
  constructor(root, strict) {
    this.root = root;
    this.strict = strict;
    this.resolved = new Map();
  }

  definition(name) {
    const defs = own(this.root, "$defs");
    return defs !== undefined && hasOwn.call(defs, name) ? { schema: defs[name], path: "#" } : undefined;
  }

  problems({ schema }, value) {
    const problems = [];
    this.visit(schema, value, "", "#", problems);
    return problems;
  }

  /** Adds the problems of `value` against `schema` to `problems`; whether there were none. */
  visit(schema, value, at, schemaAt, problems) {
    if (schema === true) return true;
    if (schema === false) return fail(problems, error(at, schemaAt, "false schema", {}, "boolean schema is false"));
    const before = problems.length;
    if (typeof schema.$ref === "string") this.visit(this.resolve(schema.$ref), value, at, "#", problems);
    if (schema.type !== undefined && !hasType(value, schema.type)) {
      const type = Array.isArray(schema.type) ? schema.type.join(",") : schema.type;
      // The rest of the schema is about values of the right kind: the kind is the problem.
      return fail(problems, error(at, `${schemaAt}/type`, "type", { type: schema.type }, `must be ${type}`));
    }
    if (hasOwn.call(schema, "const") && !equal(value, schema.const)) {
      fail(problems, error(at, `${schemaAt}/const`, "const", { allowedValue: schema.const }, "must be equal to constant"));
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => equal(value, allowed))) {
      fail(problems, error(at, `${schemaAt}/enum`, "enum", { allowedValues: schema.enum }, "must be equal to one of the allowed values"));
    }
    if (typeof value === "number") this.numberKeywords(schema, value, at, schemaAt, problems);
    if (typeof value === "string") this.stringKeywords(schema, value, at, schemaAt, problems);
    if (Array.isArray(value)) this.arrayKeywords(schema, value, at, schemaAt, problems);
    else if (value !== null && typeof value === "object") this.objectKeywords(schema, value, at, schemaAt, problems);
    if (Array.isArray(schema.allOf)) schema.allOf.forEach((branch, index) => this.visit(branch, value, at, `${schemaAt}/allOf/${index}`, problems));
    if (Array.isArray(schema.anyOf)) this.alternatives(schema.anyOf, "anyOf", value, at, schemaAt, problems);
    if (Array.isArray(schema.oneOf) && schema.discriminator === undefined) this.alternatives(schema.oneOf, "oneOf", value, at, schemaAt, problems);
    if (schema.not !== undefined && this.visit(schema.not, value, at, `${schemaAt}/not`, [])) {
      fail(problems, error(at, `${schemaAt}/not`, "not", {}, "must NOT be valid"));
    }
    if (schema.if !== undefined) {
      const branch = this.visit(schema.if, value, at, `${schemaAt}/if`, []) ? "then" : "else";
      if (schema[branch] !== undefined) this.visit(schema[branch], value, at, `${schemaAt}/${branch}`, problems);
    }
    return problems.length === before;
  }

  numberKeywords(schema, value, at, schemaAt, problems) {
    for (const [keyword, comparison, holds] of NUMBER_BOUNDS) {
      const limit = schema[keyword];
      if (typeof limit === "number" && !holds(value, limit)) {
        fail(problems, error(at, `${schemaAt}/${keyword}`, keyword, { comparison, limit }, `must be ${comparison} ${limit}`));
      }
    }
    const divisor = schema.multipleOf;
    if (typeof divisor === "number" && !Number.isInteger(value / divisor)) {
      fail(problems, error(at, `${schemaAt}/multipleOf`, "multipleOf", { multipleOf: divisor }, `must be multiple of ${divisor}`));
    }
  }

  stringKeywords(schema, value, at, schemaAt, problems) {
    // Lengths in code points, as the validators count them.
    const length = typeof schema.minLength === "number" || typeof schema.maxLength === "number" ? [...value].length : 0;
    if (typeof schema.minLength === "number" && length < schema.minLength) {
      fail(problems, error(at, `${schemaAt}/minLength`, "minLength", { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`));
    }
    if (typeof schema.maxLength === "number" && length > schema.maxLength) {
      fail(problems, error(at, `${schemaAt}/maxLength`, "maxLength", { limit: schema.maxLength }, `must NOT have more than ${schema.maxLength} characters`));
    }
    if (typeof schema.pattern === "string" && !this.pattern(schema.pattern).test(value)) {
      fail(problems, error(at, `${schemaAt}/pattern`, "pattern", { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`));
    }
  }

  arrayKeywords(schema, value, at, schemaAt, problems) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      fail(problems, error(at, `${schemaAt}/minItems`, "minItems", { limit: schema.minItems }, `must NOT have fewer than ${schema.minItems} items`));
    }
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      fail(problems, error(at, `${schemaAt}/maxItems`, "maxItems", { limit: schema.maxItems }, `must NOT have more than ${schema.maxItems} items`));
    }
    if (schema.uniqueItems === true) {
      const [i, j] = duplicate(value);
      if (i !== undefined) {
        fail(problems, error(at, `${schemaAt}/uniqueItems`, "uniqueItems", { i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`));
      }
    }
    const tuple = Array.isArray(schema.items) ? schema.items : undefined;
    for (let index = 0; index < value.length; index++) {
      const item = tuple === undefined ? schema.items : index < tuple.length ? tuple[index] : schema.additionalItems;
      const itemAt = tuple === undefined || index < tuple.length ? `${schemaAt}/items${tuple === undefined ? "" : `/${index}`}` : `${schemaAt}/additionalItems`;
      if (item !== undefined) this.visit(item, value[index], `${at}/${index}`, itemAt, problems);
    }
  }

  objectKeywords(schema, value, at, schemaAt, problems) {
    const keys = Object.keys(value);
    const count = keys.length;
    if (typeof schema.minProperties === "number" && count < schema.minProperties) {
      fail(problems, error(at, `${schemaAt}/minProperties`, "minProperties", { limit: schema.minProperties }, `must NOT have fewer than ${schema.minProperties} properties`));
    }
    if (typeof schema.maxProperties === "number" && count > schema.maxProperties) {
      fail(problems, error(at, `${schemaAt}/maxProperties`, "maxProperties", { limit: schema.maxProperties }, `must NOT have more than ${schema.maxProperties} properties`));
    }
    for (const name of Array.isArray(schema.required) ? schema.required : []) {
      if (!hasOwn.call(value, name)) {
        fail(problems, error(at, `${schemaAt}/required`, "required", { missingProperty: name }, `must have required property '${name}'`));
      }
    }
    if (schema.discriminator !== undefined && Array.isArray(schema.oneOf)) this.dispatch(schema, value, at, schemaAt, problems);
    const properties = schema.properties !== null && typeof schema.properties === "object" ? schema.properties : {};
    const patterns = schema.patternProperties !== null && typeof schema.patternProperties === "object" ? Object.keys(schema.patternProperties) : [];
    // Strict mode closes what the strict validators close: objects that list properties and dispatch on no tag.
    const closed = this.strict && schema.properties !== undefined && schema.additionalProperties === undefined && schema.oneOf === undefined;
    const additional = closed ? false : schema.additionalProperties;
    for (const key of keys) {
      const keyAt = `${at}/${escapePointer(key)}`;
      if (schema.propertyNames !== undefined) this.visit(schema.propertyNames, key, at, `${schemaAt}/propertyNames`, problems);
      const known = hasOwn.call(properties, key);
      if (known) this.visit(properties[key], value[key], keyAt, `${schemaAt}/properties/${escapePointer(key)}`, problems);
      const matching = patterns.filter((pattern) => this.pattern(pattern).test(key));
      for (const pattern of matching) this.visit(schema.patternProperties[pattern], value[key], keyAt, `${schemaAt}/patternProperties/${escapePointer(pattern)}`, problems);
      if (known || matching.length > 0 || additional === undefined || additional === true) continue;
      if (additional === false) {
        const unknown = error(at, `${schemaAt}/additionalProperties`, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties");
        this.suggest(unknown, Object.keys(properties), value, schemaAt, problems);
      } else {
        this.visit(additional, value[key], keyAt, `${schemaAt}/additionalProperties`, problems);
      }
    }
    const dependencies = schema.dependencies !== null && typeof schema.dependencies === "object" ? schema.dependencies : {};
    for (const [key, dependency] of Object.entries(dependencies)) {
      if (!hasOwn.call(value, key)) continue;
      if (!Array.isArray(dependency)) {
        this.visit(dependency, value, at, `${schemaAt}/dependencies/${escapePointer(key)}`, problems);
        continue;
      }
      for (const name of dependency.filter((name) => !hasOwn.call(value, name))) {
        const params = { property: key, missingProperty: name, depsCount: dependency.length, deps: dependency.join(", ") };
        fail(problems, error(at, `${schemaAt}/dependencies`, "dependencies", params, `must have property ${name} when property ${key} is present`));
      }
    }
  }

  /**
   * Adds the problem of an unknown key, with the property it was likely meant to be, as
   * the strict validators name it: the nearest of the object schema's own names that the
   * value lacks (here the schema at hand knows them). When that name is a missing required
   * one, its `required` problem joins this one, as the validators report the pair.
   */
  suggest(unknown, names, value, schemaAt, problems) {
    const key = unknown.params.additionalProperty;
    const meant = nearest(names.filter((name) => !hasOwn.call(value, name)), key);
    if (meant === undefined) return fail(problems, unknown);
    unknown.suggestion = meant;
    const missingAt = problems.findIndex(
      (problem) => problem.length === 1 && problem[0].keyword === "required" && problem[0].instancePath === unknown.instancePath && problem[0].params.missingProperty === meant,
    );
    if (missingAt < 0) return fail(problems, unknown);
    problems[missingAt] = [unknown, problems[missingAt][0]];
    return false;
  }

  /** `discriminator` + `oneOf`: the branch the tag names, as the validators dispatch; a missing or unknown tag is the problem. */
  dispatch(schema, value, at, schemaAt, problems) {
    const tag = own(schema.discriminator, "propertyName");
    const tagValue = own(value, tag);
    if (typeof tagValue !== "string") {
      // A missing tag the schema requires is already a `required` problem.
      const reported = !hasOwn.call(value, tag) && Array.isArray(schema.required) && schema.required.includes(tag);
      if (!reported) fail(problems, error(at, `${schemaAt}/discriminator`, "discriminator", { error: "tag", tag, tagValue }, `tag "${tag}" must be string`));
      return;
    }
    const index = schema.oneOf.findIndex((branch) => this.tagValues(branch, tag).includes(tagValue));
    if (index < 0) {
      fail(problems, error(at, `${schemaAt}/discriminator`, "discriminator", { error: "mapping", tag, tagValue }, `value of tag "${tag}" must be in oneOf`));
      return;
    }
    this.visit(schema.oneOf[index], value, at, `${schemaAt}/oneOf/${index}`, problems);
  }

  /** The tag values a branch of a discriminated `oneOf` takes: its tag property's `const` or `enum`. */
  tagValues(branch, tag) {
    const target = typeof branch.$ref === "string" ? this.resolve(branch.$ref) : branch;
    const property = own(own(target, "properties"), tag);
    if (property === undefined) return [];
    return hasOwn.call(property, "const") ? [property.const] : Array.isArray(property.enum) ? property.enum : [];
  }

  /** Alternatives: none passed is one problem, or the problems of the one alternative of the value's kind. */
  alternatives(branches, keyword, value, at, schemaAt, problems) {
    const failures = [];
    let passed = 0;
    branches.forEach((branch, index) => {
      const own = [];
      if (this.visit(branch, value, at, `${schemaAt}/${keyword}/${index}`, own)) passed++;
      else append(failures, own);
    });
    if (keyword === "oneOf" && passed > 1) {
      fail(problems, error(at, `${schemaAt}/oneOf`, "oneOf", { passingSchemas: null }, "must match exactly one schema in oneOf"));
      return;
    }
    if (passed > 0) return;
    const ofKind = failures.filter((branchProblems) => !branchProblems.flat().some((e) => e.instancePath === at && KIND_KEYWORDS.has(e.keyword)));
    if (ofKind.length === 1) {
      for (const problem of ofKind[0]) append(problems, problem);
      return;
    }
    const message = keyword === "anyOf" ? "must match a schema in anyOf" : "must match exactly one schema in oneOf";
    append(problems, [...failures.flat(2), error(at, `${schemaAt}/${keyword}`, keyword, keyword === "oneOf" ? { passingSchemas: null } : {}, message)]);
  }

  /** The schema a `$ref` names: `#/$defs/Name`, or the same after the bundle's `$id`. */
  resolve(ref) {
    let found = this.resolved.get(ref);
    if (found !== undefined) return found;
    const pointer = ref.slice(ref.indexOf("#") + 1);
    found = this.root;
    for (const segment of pointer.split("/").slice(1)) {
      const key = decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
      found = own(found, key);
      if (found === undefined) throw new Error(`the schema has no ${ref}`);
    }
    this.resolved.set(ref, found);
    return found;
  }

  pattern(source) {
    const key = `pattern:${source}`;
    let regExp = this.resolved.get(key);
    if (regExp === undefined) this.resolved.set(key, (regExp = new RegExp(source, "u")));
    return regExp;
  }
}

const NUMBER_BOUNDS = [
  ["maximum", "<=", (value, limit) => value <= limit],
  ["minimum", ">=", (value, limit) => value >= limit],
  ["exclusiveMaximum", "<", (value, limit) => value < limit],
  ["exclusiveMinimum", ">", (value, limit) => value > limit],
];

function error(instancePath, schemaPath, keyword, params, message) {
  return { instancePath, schemaPath, keyword, params, message };
}

/**
 * `list.push(item)`, by definition rather than assignment: a getter-only index on a
 * polluted Object.prototype makes `push` throw, and development mode must still report.
 */
function append(list, item) {
  Object.defineProperty(list, list.length, { __proto__: null, value: item, writable: true, enumerable: true, configurable: true });
}

/** Adds a problem of one error; false, as the value failed. */
function fail(problems, oneError) {
  append(problems, [oneError]);
  return false;
}

function hasType(value, type) {
  return (Array.isArray(type) ? type : [type]).some((name) => {
    switch (name) {
      case "null":
        return value === null;
      case "array":
        return Array.isArray(value);
      case "object":
        return value !== null && typeof value === "object" && !Array.isArray(value);
      case "integer":
        return Number.isInteger(value);
      case "number":
        return typeof value === "number" && Number.isFinite(value);
      default:
        return typeof value === name;
    }
  });
}

/** JSON equality: the same primitive, or arrays and objects with equal items and own keys. */
function equal(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => hasOwn.call(b, key) && equal(a[key], b[key]));
}

/** The indices of two equal items, the later first, as AJV reports them; none when all differ. */
function duplicate(items) {
  for (let i = items.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (equal(items[i], items[j])) return [i, j];
  }
  return [];
}

/**
 * The name nearest to `key`, one edit away for keys of up to four characters, two for
 * longer ones (a swap of neighbours is one edit), as the strict validators suggest; the
 * first of equally near ones. Undefined when none is that near.
 */
function nearest(names, key) {
  if (key.length > 62) return undefined;
  const limit = key.length <= 4 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (Math.abs(name.length - key.length) > limit) continue;
    const distance = editDistance(name, key);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a, b) {
  let before = [];
  // An array-like without a prototype: `Array.from` reads its indices, which a polluted Object.prototype would answer.
  let previous = Array.from({ __proto__: null, length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2] + 1);
      append(current, distance);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The one problem of a value whose reading threw (a getter, a proxy trap, nesting deeper than the stack). */
function exceptionError(cause) {
  let reason;
  try {
    const message = own(cause, "message");
    reason = typeof message === "string" ? message : "a thrown value";
  } catch {
    reason = "a thrown value that cannot be read";
  }
  return { instancePath: "", schemaPath: "#", keyword: "exception", params: { reason }, message: `could not be validated: ${reason}` };
}
