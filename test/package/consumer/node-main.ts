// The Node side: prints the results as one line of JSON for the test to parse.
import { runChecks } from "./checks.js";
import { schemaSummary } from "./schema-check.js";

console.log(JSON.stringify({ ...(await runChecks()), schema: schemaSummary() }));
