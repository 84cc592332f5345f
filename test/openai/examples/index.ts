import type { FlavourId } from "../flavours.js";
import type { ExampleSet } from "../report.js";
import * as beta from "./beta.js";
import * as ga from "./ga.js";

/** The example events by flavour, direction and OpenAI `type`. */
export const examples: Readonly<Record<FlavourId, ExampleSet>> = {
  ga: { client: ga.clientExamples, server: ga.serverExamples },
  beta: { client: beta.clientExamples, server: beta.serverExamples },
};
