// The OpenAPI document is generated from the route definitions: every route appears without extra work.
import { describe, expect, it } from "vitest";
import * as specRoute from "@/app/api/v1/docs/spec/route";
import * as assetRoute from "@/app/api/v1/docs/assets/[file]/route";
import * as swaggerRoute from "@/app/api/v1/docs/swagger/route";
import * as redocRoute from "@/app/api/v1/docs/redoc/route";
import { routeModules } from "@/app/api/v1/docs/spec/route-modules.generated";
import type { RouteHandler } from "@/lib/http/define-route";
import { call } from "../support/http";

describe("GET /docs/spec", () => {
  it("is an OpenAPI 3.1 document listing every visible route with its methods", async () => {
    const response = await call(specRoute.GET);
    expect(response.status).toBe(200);
    const document = response.data;
    expect(document.openapi).toBe("3.1.0");

    const expected: string[] = [];
    for (const { path, module } of routeModules) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = module[method] as RouteHandler | undefined;
        if (handler?.definition && !handler.definition.hidden)
          expected.push(`${method} ${path.replace("/api/v1", "")}/`);
      }
    }
    const documented = Object.entries(
      document.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(expected.sort());
    expect(documented).toContain("GET /health/");
    expect(documented).not.toContain("POST /bench/noop/");
  });

  it("documents request and response schemas and the shared error shape", async () => {
    const { data } = await call(specRoute.GET);
    const create = data.paths["/api-keys/"].post;
    expect(create.requestBody.content["application/json"].schema.properties).toHaveProperty(
      "scopes",
    );
    expect(create.responses["201"].content["application/json"].schema.properties).toHaveProperty(
      "key",
    );
    expect(create.responses["403"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/Error",
    );
    const list = data.paths["/api-keys/"].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(["page", "page_size", "limit"]),
    );
    const revoke = data.paths["/api-keys/{id}/"].delete;
    expect(revoke.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
    expect(data.paths["/health/"].get.security).toEqual([]);
  });
});

describe("Swagger UI and ReDoc", () => {
  it("serve pages that load their scripts from our own origin", async () => {
    for (const route of [swaggerRoute, redocRoute]) {
      const response = await call(route.GET);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      const sources = [...response.text.matchAll(/(?:src|href)="([^"]+)"/g)].map(
        (match) => match[1],
      );
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatch(/^\/api\/v1\/docs\//);
    }
  });

  it("serves the bundled assets and nothing else", async () => {
    const bundle = await call(assetRoute.GET, { params: { file: "swagger-ui-bundle.js" } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toBe("text/javascript");
    expect(bundle.text.length).toBeGreaterThan(100_000);
    const redoc = await call(assetRoute.GET, { params: { file: "redoc.standalone.js" } });
    expect(redoc.status).toBe(200);
    for (const file of ["package.json", "..%2Fpackage.json", "../../.env"]) {
      expect((await call(assetRoute.GET, { params: { file } })).status).toBe(404);
    }
  });
});
