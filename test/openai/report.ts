import { Comparer, type ModelPair } from "./compare.js";
import type { Outcome } from "./differences.js";
import type { Direction, Flavour } from "./flavours.js";
import { pairEvents, type SharedEvent } from "./pair-events.js";
import type { OpenAIApi, OpenAIEvent } from "./read-openai.js";
import type { VoiceLiveApi, VoiceLiveEvent } from "./read-voicelive.js";
import { runExample, type ExampleResult, type Validators } from "./run-examples.js";
import { sortedBy } from "./order.js";
import { judge, type Verdict } from "./verdicts.js";

/** OpenAI-shaped example events by flavour-independent direction and OpenAI `type`. */
export type ExampleSet = Readonly<Record<Direction, Readonly<Record<string, object>>>>;

export interface EventReport extends SharedEvent {
  readonly outcome: Outcome;
  readonly verdict: Verdict;
  readonly example: ExampleResult;
}

export interface PairReport extends ModelPair {
  readonly verdict: Verdict;
}

/** Everything one golden document says about one VoiceLive version against one OpenAI flavour. */
export interface Report {
  readonly version: string;
  readonly flavour: Flavour;
  readonly events: readonly EventReport[];
  readonly voiceLiveOnly: readonly VoiceLiveEvent[];
  readonly openAIOnly: readonly OpenAIEvent[];
  /** Sorted by key, so the document's order does not depend on which event met a model first. */
  readonly pairs: readonly PairReport[];
}

export function buildReport(voicelive: VoiceLiveApi, openai: OpenAIApi, validators: Validators, examples: ExampleSet): Report {
  const pairing = pairEvents(voicelive, openai);
  const comparer = new Comparer();
  const outcomes = pairing.shared.map((event) => comparer.compareEvents(event.voicelive.shape, event.openai.shape));
  const verdicts = judge(comparer.pairs);
  const events = pairing.shared.map((event, index) => ({
    ...event,
    outcome: outcomes[index]!,
    verdict: verdicts.of(outcomes[index]!),
    example: runExample(validators[event.direction], examples[event.direction][event.openai.type], event.voicelive.type),
  }));
  const pairs = sortedBy(comparer.pairs.values(), (pair) => pair.key).map((pair) => ({ ...pair, verdict: verdicts.pairs.get(pair.key)! }));
  return { version: voicelive.version, flavour: openai.flavour, events, voiceLiveOnly: pairing.voiceLiveOnly, openAIOnly: pairing.openAIOnly, pairs };
}
