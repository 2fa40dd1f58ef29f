// The OpenAPI 3.1 document, built from the same zod schemas that validate each route.
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";
import type { RouteHandler } from "@/lib/http/define-route";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const errorSchema = z
  .object({
    detail: z.string(),
    code: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: "Error" });

const statusText: Record<number, string> = {
  400: "Invalid input",
  401: "Not authenticated",
  403: "Permission denied",
  404: "Not found",
  409: "Conflict",
  413: "Body too large",
  429: "Throttled",
  503: "Unavailable",
};

export function buildOpenApiDocument(
  routeModules: ReadonlyArray<{ path: string; module: Record<string, unknown> }>,
  serverUrl: string,
) {
  const paths: ZodOpenApiPathsObject = {};
  for (const { path, module } of routeModules) {
    for (const method of methods) {
      const handler = module[method] as RouteHandler | undefined;
      if (!handler?.definition || handler.definition.hidden) continue;
      // Documented with the trailing slash, as the spec writes them; both forms are served.
      const documentedPath = `${path.replace(/^\/api\/v1/, "")}/`;
      paths[documentedPath] ??= {};
      paths[documentedPath][method.toLowerCase() as Lowercase<typeof method>] = operation(
        handler.definition,
      );
    }
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Competition Platform API",
      version: "v1",
      description:
        "Send `X-Api-Key` on every request (except health, registration status and docs); user " +
        "actions also need `Authorization: Bearer <access>`. Errors are `{detail, code, errors?}`.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      },
    },
    paths,
  });
}

function operation(definition: RouteHandler["definition"]): ZodOpenApiOperationObject {
  const status = String(definition.status ?? 200);
  const auth = definition.auth ?? "api-key";
  const errors = new Set<number>([...(definition.errors ?? [])]);
  if (definition.body || definition.query || definition.multipart) errors.add(400);
  if (definition.multipart) errors.add(413);
  if (auth !== "public") errors.add(401);
  if (definition.permission || definition.scopes) errors.add(403);
  if (definition.rateLimit !== "none") errors.add(429);

  const responses: NonNullable<ZodOpenApiOperationObject["responses"]> & Record<string, unknown> = {
    [status]: definition.response
      ? { description: "Success", content: { "application/json": { schema: definition.response } } }
      : { description: "Success" },
  };
  for (const code of [...errors].sort()) {
    responses[String(code)] = {
      description: statusText[code] ?? "Error",
      content: { "application/json": { schema: errorSchema } },
    };
  }
  return {
    summary: definition.summary,
    description: describeAccess(definition),
    tags: definition.tags,
    security:
      auth === "public"
        ? []
        : auth === "key-only"
          ? [{ apiKey: [] }]
          : [{ apiKey: [] }, { apiKey: [], bearer: [] }],
    requestParams: {
      ...(definition.params ? { path: definition.params as z.ZodObject } : {}),
      ...(definition.query ? { query: definition.query as z.ZodObject } : {}),
    },
    ...(definition.body || definition.multipart
      ? {
          requestBody: {
            content: {
              ...(definition.body ? { "application/json": { schema: definition.body } } : {}),
              ...(definition.multipart
                ? { "multipart/form-data": { schema: definition.multipart.fields } }
                : {}),
            },
          },
        }
      : {}),
    responses,
  };
}

function describeAccess(definition: RouteHandler["definition"]): string {
  const parts = [definition.description ?? ""];
  if (definition.permission) parts.push(`Requires permission \`${definition.permission}\`.`);
  if (definition.scopes)
    parts.push(`API-key scopes: ${definition.scopes.map((s) => `\`${s}\``).join(", ")}.`);
  return parts.filter(Boolean).join(" ");
}
