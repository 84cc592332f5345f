import { describe, expect, it } from "vitest";
import { emitHttp, importEmitted, versionedService } from "./tester.js";

/** The `$defs` of an unversioned service's bundle (written at the output root). */
const defsOf = (files: Record<string, string>): Record<string, any> => JSON.parse(files["schema.json"]!).$defs;
const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((d) => d.code);

describe("services with HTTP operations: what travels as JSON bodies", () => {
  it("an HttpPart<T> property is typed, checked and validated as T", async () => {
    const { files, diagnostics } = await emitHttp(`
      @service namespace Uploads;
      model UploadForm { mode: HttpPart<string>; tags?: HttpPart<string>[]; size: HttpPart<int32>; }
      @post op upload(@header contentType: "multipart/form-data", @multipartBody form: UploadForm): void;
    `);
    expect(codes(diagnostics)).toEqual([]);
    expect(files["types.d.ts"]).toMatch(/mode: string;\s*tags\?: string\[\];\s*size: number;/);
    expect(defsOf(files).UploadForm.properties.mode).toEqual({ type: "string" });
    const { validateUploadForm } = await importEmitted(files["validators.js"]!);
    expect(validateUploadForm!({ mode: "fast", tags: ["a"], size: 3 })).toBe(true);
    expect(validateUploadForm!({ mode: 1, size: 3 })).toBe(false);
  });

  it("headers, query and path parameters and the models made only of them are no wire types", async () => {
    const { files, diagnostics } = await emitHttp(`
      @service namespace Widgets;
      model ApiVersionParam { @query("api-version") apiVersion: string; }
      model WidgetHeaders { @header("x-request-id") requestId: string; @header etag?: string; }
      model ListQueryParams { @query top?: int32; @query skip?: int32; }
      model Summary { name: string; }
      model SummaryResponse { ...WidgetHeaders; @body summary: Summary; }
      model Widget { name: string; @header("x-trace") trace?: string; }
      @route("/widgets") interface WidgetOps {
        @get list(...ApiVersionParam, ...ListQueryParams): { ...WidgetHeaders; @body summaries: Summary[] };
        @route("{id}/summary") @get summary(...ApiVersionParam, @path id: string): SummaryResponse;
        @get read(...ApiVersionParam, @path id: string): Widget;
      }
    `);
    expect(codes(diagnostics)).toEqual([]);
    expect(Object.keys(defsOf(files))).toEqual(["Summary", "Widget"]);
    // A header is applicable metadata in a response: it is not in the body.
    expect(Object.keys(defsOf(files).Widget.properties)).toEqual(["name"]);
    expect(files["types.d.ts"]).not.toMatch(/ApiVersionParam|WidgetHeaders|ListQueryParams|SummaryResponse|requestId|trace/);
  });

  it("a request body is the HTTP library's payload for the request's visibility: path parameters and read-only properties are left out", async () => {
    const { files, diagnostics } = await emitHttp(`
      @service namespace Gadgets;
      model Gadget { @path id: string; label: string; @visibility(Lifecycle.Read) createdAt: utcDateTime; }
      @route("/gadgets/{id}") interface GadgetOps {
        @put replace(...Gadget): Gadget;
      }
    `);
    expect(codes(diagnostics)).toEqual([]);
    const defs = defsOf(files);
    expect(Object.keys(defs)).toEqual(["Gadget", "GadgetCreateOrUpdate"]);
    // What the service sends: a path parameter is no metadata in a response, so it is in the body.
    expect(Object.keys(defs.Gadget.properties)).toEqual(["id", "label", "createdAt"]);
    expect(Object.keys(defs.GadgetCreateOrUpdate.properties)).toEqual(["label"]);
  });

  it("auth-scheme models are no wire types and give no warning", async () => {
    const { files, diagnostics } = await emitHttp(`
      @service @useAuth(AADToken) namespace Secure;
      model AADToken is OAuth2Auth<[{ type: OAuth2FlowType.implicit; authorizationUrl: "https://login.example.com/authorize"; scopes: ["https://example.com/.default"]; }]>;
      model Key is ApiKeyAuth<ApiKeyLocation.header, "x-key">;
      model Widget { name: string; }
      @get op read(): Widget;
    `);
    expect(codes(diagnostics)).toEqual([]);
    expect(Object.keys(defsOf(files))).toEqual(["Widget"]);
  });

  it("a template instance used only by operations is emitted under its instance name", async () => {
    const { files, diagnostics } = await emitHttp(`
      @service namespace Catalog;
      model Page<T> { items: T[]; nextLink?: url; }
      @friendlyName("{name}List", T) model Listing<T> { value: T[]; }
      model Widget { name: string; }
      model Gadget { label: string; }
      @route("/widgets") @get op listWidgets(): Page<Widget>;
      @route("/gadgets") @get op listGadgets(): Listing<Gadget>;
    `);
    expect(codes(diagnostics)).toEqual([]);
    const defs = defsOf(files);
    expect(Object.keys(defs)).toEqual(["Gadget", "GadgetList", "PageWidget", "Widget"]);
    expect(defs.PageWidget.properties.items).toEqual({ type: "array", items: { $ref: "#/$defs/Widget" } });
    const { validatePageWidget } = await importEmitted(files["validators.js"]!);
    expect(validatePageWidget!({ items: [{ name: "a" }] })).toBe(true);
    expect(validatePageWidget!({ items: [{ name: 1 }] })).toBe(false);
  });
  it("each API version's bodies are its own: an operation added in v2 brings its body in v2 only", async () => {
    const { files, diagnostics } = await emitHttp(versionedService(`
      model Page<T> { items: T[]; }
      model Widget { name: string; }
      @route("/widgets") @get op read(): Widget;
      @added(Versions.v2) @route("/widgets/all") @get op list(): Page<Widget>;
    `));
    expect(codes(diagnostics)).toEqual([]);
    expect(Object.keys(JSON.parse(files["1/schema.json"]!).$defs)).toEqual(["Widget"]);
    expect(Object.keys(JSON.parse(files["2/schema.json"]!).$defs)).toEqual(["PageWidget", "Widget"]);
  });
});
