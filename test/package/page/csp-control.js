// The control: string evaluation must be blocked on this page. If it were allowed, the
// consumer passing here would not prove that the validators work without `unsafe-eval`.
try {
  new Function("return 1");
  window.cspControl = { blocked: false };
} catch (error) {
  window.cspControl = { blocked: true, error: error.name };
}
