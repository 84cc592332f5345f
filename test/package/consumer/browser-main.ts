// The browser side: puts the results where the test (a global) and a person (the page) can read them.
import { runChecks } from "./checks.js";
import { schemaSummary } from "./schema-check.js";

let results: unknown;
try {
  results = { ...(await runChecks()), schema: schemaSummary() };
} catch (error) {
  // Reported, not thrown: the test then shows what failed instead of waiting for a result that never comes.
  results = { thrown: String(error) };
}
(globalThis as { voiceliveWireResults?: unknown }).voiceliveWireResults = results;
document.getElementById("results")!.textContent = JSON.stringify(results, null, 2);
