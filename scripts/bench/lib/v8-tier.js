// Which V8 tier a function runs in after the timings (`%GetOptimizationStatus`, only with
// --allow-natives-syntax, which `npm run bench` passes): a validator stuck in Sparkplug or
// the interpreter is slow for a reason no benchmark figure shows by itself.

const status = process.execArgv.includes("--allow-natives-syntax") ? new Function("fn", "return %GetOptimizationStatus(fn);") : undefined;

/** "TurboFan", "Maglev", "Sparkplug", "interpreter", or undefined without the flag. Bits: V8 12.x runtime.h OptimizationStatus. */
export function v8Tier(fn) {
  if (!status || typeof fn !== "function") return undefined;
  const bits = status(fn);
  if (bits & (1 << 6)) return "TurboFan";
  if (bits & (1 << 5)) return "Maglev";
  if (bits & (1 << 15)) return "Sparkplug";
  if (bits & (1 << 7)) return "interpreter";
  return "not compiled";
}
