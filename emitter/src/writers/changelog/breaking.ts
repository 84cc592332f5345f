import type { Direction } from "../../model/ir.js";
import type { Breaking } from "./changes.js";
import type { Finding } from "./compare-types.js";

/**
 * Whom a change can break, given who sends the type. Readers are code written for
 * the older version that reads what the service sends (output types); writers are
 * code written for the older version whose messages the newer service reads
 * (input types). A type sent both ways can break both.
 *
 * | change | readers (the service sends it) | writers (clients send it) |
 * |---|---|---|
 * | variant or event type added | yes: an older reader rejects a variant it does not know | no |
 * | variant or event type removed | no | yes: the service can reject it |
 * | property added | no: readers ignore unknown properties (spec mode) | when required |
 * | property removed | when it was required | yes: the service can reject or ignore it |
 * | made optional / required | optional: yes | required: yes |
 * | enum member added | when the enum is closed | no |
 * | enum member removed | no | yes |
 * | enum opened / closed | opened: yes | closed: yes |
 * | type changed | yes | yes |
 *
 * A type changed in other ways is judged breaking both ways: the changelog does not
 * try to prove that one type admits every value of the other.
 */
export function judge(finding: Finding, direction: Direction): Breaking {
  const rule = RULES[finding.kind](finding);
  return { readers: direction.output && rule.readers, writers: direction.input && rule.writers };
}

const RULES: Record<Finding["kind"], (finding: Finding) => Breaking> = {
  "variant-added": () => ({ readers: true, writers: false }),
  "variant-removed": () => ({ readers: false, writers: true }),
  "property-added": (finding) => ({ readers: false, writers: finding.optional === false }),
  "property-removed": (finding) => ({ readers: finding.optional === false, writers: true }),
  "made-optional": () => ({ readers: true, writers: false }),
  "made-required": () => ({ readers: false, writers: true }),
  "enum-member-added": (finding) => ({ readers: finding.openEnum === false, writers: false }),
  "enum-member-removed": () => ({ readers: false, writers: true }),
  "enum-opened": () => ({ readers: true, writers: false }),
  "enum-closed": () => ({ readers: false, writers: true }),
  "type-changed": () => ({ readers: true, writers: true }),
};
