// No input may produce a 500 (CONTRACT §1). This walks the generated OpenAPI document: for every
// operation that takes a JSON body or a query, it builds a request that passes validation, then
// puts hostile values into each field in turn (nested ones too) — a NUL character, a lone
// surrogate, 100,000 characters, 2^31, 1e308 and -1 — and every path value, acting as a user who
// may call the operation. Every answer must be in the contract's error shape, never a 500; text
// with NUL or a lone surrogate is a 400 naming the field; over-long text and numbers out of range
// are 4xx.
import { describe, expect, it } from "vitest";
import * as specRoute from "@/app/api/v1/docs/spec/route";
import * as takeExamRoute from "@/app/api/v1/exams/[id]/take-exam/route";
import { routeModules } from "@/app/api/v1/docs/spec/route-modules.generated";
import type { Executor } from "@/db/client";
import { issueResultToken } from "@/lib/results/result-token";
import { broadcasts, notifications, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { apiKeyScopes } from "@/lib/auth/permissions";
import type { RouteHandler } from "@/lib/http/define-route";
import { createExamRow, createQuestion } from "../support/exam-factories";
import {
  createKey,
  createUser,
  signIn,
  testPassword,
  useDatabaseWithKey,
} from "../support/factories";
import { call } from "../support/http";

let db: Executor;
useDatabaseWithKey(({ database }) => {
  db = database.db;
});

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
};
type Parameter = { name: string; in: "path" | "query"; schema: JsonSchema };
type Operation = {
  method: string;
  docPath: string;
  handler: RouteHandler;
  body?: JsonSchema;
  query: Parameter[];
  path: Parameter[];
};

let unique = 0;
const next = () => (unique += 1);
const strongPassword = "Quiet-Harbour-Lantern-71";

/** The operations of the OpenAPI document with their handlers (matched through the route table). */
async function operations(): Promise<Operation[]> {
  const document = (await call(specRoute.GET)).data as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: any }>>;
  };
  const found: Operation[] = [];
  for (const [docPath, byMethod] of Object.entries(document.paths)) {
    const route = routeModules.find(
      (entry) => `${entry.path.replace(/^\/api\/v1/, "")}/` === docPath,
    )!;
    for (const [method, operation] of Object.entries(byMethod)) {
      const parameters = operation.parameters ?? [];
      found.push({
        method: method.toUpperCase(),
        docPath,
        handler: route.module[method.toUpperCase()] as RouteHandler,
        body: operation.requestBody?.content?.["application/json"]?.schema,
        query: parameters.filter((parameter) => parameter.in === "query"),
        path: parameters.filter((parameter) => parameter.in === "path"),
      });
    }
  }
  return found;
}

/** A value the schema accepts (semantic values, such as existing ids, come from the world). */
function sample(schema: JsonSchema, name: string, world: World): unknown {
  if (schema.anyOf)
    return sample(
      schema.anyOf.find((branch) => branch.type !== "null")!,
      name,
      world,
    );
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        value[key] = sample(property, key, world);
      }
      return value;
    }
    case "array":
      return [sample(schema.items ?? {}, name, world)];
    case "integer":
    case "number":
      if (/question/.test(name)) return world.questionId;
      if (/exam/.test(name)) return world.draftExamId;
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case "boolean":
      return false;
    default:
      if (schema.format === "email" || name === "email") return `fuzz${next()}@example.com`;
      if (schema.format === "uri" || name === "url") return `https://hooks.example.com/${next()}`;
      if (schema.format === "uuid" || name.endsWith("_id")) return world.candidateId;
      if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
      if (name.includes("password")) return strongPassword;
      if (name === "phone") return "+2348012345678";
      return `Valid ${name} ${next()}`.slice(0, schema.maxLength ?? 100);
  }
}

/** Everything one request needs: its own people, session, exam and ids, so requests never meet. */
type World = {
  headers: Record<string, string>;
  params: Record<string, string>;
  questionId: number;
  draftExamId: number;
  ongoingExamId: number;
  candidateId: string;
  email: string;
};

const candidateOperations =
  /^\/(exams\/\{id\}\/(take-exam|start|answers|submit-exam-answers)|candidates\/me|user\/verification\/(status|upload))\//;

async function world(operation: Operation, apiKey: string): Promise<World> {
  const asCandidate = candidateOperations.test(operation.docPath);
  const user = await createUser(
    db,
    asCandidate
      ? { userType: "candidate", role: "screening" }
      : { userType: "staff", role: "superadmin" },
  );
  const { access } = await signIn(db, user.id);
  const other = await signIn(db, user.id);
  // Public operations (registration, sign-in, OTPs) are called as a visitor: a signed-in person
  // is refused registration before anything is read.
  const { auth, permission } = operation.handler.definition;
  const headers: Record<string, string> =
    permission || auth === "user"
      ? { "x-api-key": apiKey, authorization: `Bearer ${access}` }
      : { "x-api-key": apiKey };
  const question = await createQuestion(db);
  const now = Date.now();
  const ongoing = await createExamRow(
    db,
    { scheduledDate: new Date(now - 3_600_000), openDurationHours: 24 },
    [question.id],
  );
  const draft = await createExamRow(db, {}, [question.id]);
  const candidate = asCandidate ? user : await createUser(db, { userType: "candidate" });
  const staff = await createUser(db, { userType: "staff", role: "volunteer" });
  const key = await createKey(db);
  const [notification] = await db
    .insert(notifications)
    .values({ userId: user.id, subject: "Fuzz", message: "Fuzz", createdAt: new Date() })
    .returning({ id: notifications.id });
  const [broadcast] = await db
    .insert(broadcasts)
    .values({
      subject: "Fuzz",
      message: "Fuzz",
      mediums: ["platform"],
      targetRoles: { candidate: ["league"] },
      createdById: user.id,
      createdAt: new Date(),
    })
    .returning({ id: broadcasts.id });
  const [webhook] = await db
    .insert(webhookEndpoints)
    .values({
      url: "https://hooks.example.com/fuzz",
      events: ["score.recorded"],
      secret: "whsec_ZnV6emZ1enpmdXp6ZnV6emZ1enpmdXp6ZnV6emZ1eno=",
      createdById: user.id,
    })
    .returning({ id: webhookEndpoints.id });
  const [delivery] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: webhook!.id,
      messageId: `msg_fuzz${next()}`,
      eventType: "webhook.test",
      body: "{}",
      status: "succeeded",
    })
    .returning({ id: webhookDeliveries.id });
  if (
    asCandidate &&
    operation.docPath.startsWith("/exams/{id}/") &&
    !operation.docPath.includes("take-exam")
  ) {
    const started = await call(takeExamRoute.GET, {
      params: { id: String(ongoing.id) },
      headers: { "x-api-key": apiKey, authorization: `Bearer ${access}` },
    });
    expect(started.status).toBe(200);
  }
  const examForPath =
    asCandidate || operation.docPath.includes("submit-exam-score") ? ongoing : draft;
  const byPath: Record<string, Record<string, string>> = {
    "/exams/": { id: String(examForPath.id), questionId: String(question.id) },
    "/questions/": { id: String(question.id) },
    "/candidates/": { id: candidate.id },
    "/account-management/": { id: candidate.id },
    "/staff/": { id: staff.id },
    "/api-keys/": { id: key.id },
    "/auth/sessions/": { id: other.session.id },
    "/user/verification/": { id: candidate.id, type: "face_id" },
    "/notifications/": { id: String(notification!.id) },
    "/broadcasts/": { id: String(broadcast!.id) },
    "/webhooks/": { id: webhook!.id, delivery_id: delivery!.id },
    "/public/exams/": { id: String(ongoing.id) },
    "/public/candidates/": { id: candidate.id },
    "/public/results/": {
      token: await issueResultToken(
        { examId: ongoing.id, candidateId: candidate.id, attemptId: null },
        new Date(),
      ),
    },
  };
  const prefix = Object.keys(byPath).find((start) => operation.docPath.startsWith(start));
  return {
    headers,
    params: prefix ? byPath[prefix]! : {},
    questionId: question.id,
    draftExamId: draft.id,
    ongoingExamId: ongoing.id,
    candidateId: candidate.id,
    email: user.email,
  };
}

/** Bodies that pass validation where a generated one would not (passwords, real accounts). */
const knownBodies: Record<string, (world: World) => unknown> = {
  "POST /auth/login/": (w) => ({ email: w.email, password: testPassword }),
  "POST /auth/change-password/": () => ({
    current_password: testPassword,
    new_password: strongPassword,
  }),
  "DELETE /auth/account/": () => ({ password: testPassword, confirm: true }),
  "PATCH /account-management/": () => ({
    user: { first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000" },
    profile: { occupation: "Teacher" },
  }),
  "PATCH /account-management/{id}/": () => ({
    user: { first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000" },
    profile: { school: "Hill School" },
  }),
  "POST /questions/{id}/exams/": (w) => ({
    add_to_exams: [w.draftExamId],
    remove_from_exams: [w.ongoingExamId],
  }),
  "POST /questions/": () => questionBody(),
  "PUT /questions/{id}/": () => questionBody(),
  "PATCH /questions/{id}/": () => questionBody(),
  "POST /exams/": (w) => examBody(w),
  "PUT /exams/{id}/": (w) => examBody(w),
  "PATCH /exams/{id}/": (w) => examBody(w),
  "POST /questions/import/": () => ({
    csv: "text,option_a,option_b,option_c,option_d,correct_answer,difficulty\nWhy?,1,2,3,4,A,easy\n",
    commit: false,
  }),
  "PUT /exams/{id}/submit-exam-score/": (w) => ({ candidate_id: w.candidateId, score: 50 }),
  "POST /api-keys/": () => ({ name: "Fuzz key", scopes: [apiKeyScopes[0]] }),
  "PATCH /registration/": () => ({
    is_candidate_reg_open: true,
    is_staff_reg_open: true,
    support_email: "support@example.com",
  }),
  "POST /user/verification/action/{id}/": () => ({
    is_rejected: true,
    rejection_reason: "Blurred",
  }),
};

const questionBody = () => ({
  text: `What is ${next()}?`,
  option_a: "1",
  option_b: "2",
  option_c: "3",
  option_d: "4",
  correct_answer: "A",
  difficulty: "easy",
});

const examBody = (w: World) => ({
  title: `Fuzz exam ${next()}`,
  stage: "screening",
  level: 1,
  description: "An exam.",
  scheduled_date: new Date(Date.now() + 86_400_000).toISOString(),
  countdown_minutes: 30,
  open_duration_hours: 24,
  is_active: true,
  questions: [w.questionId],
});

/** Every leaf of a sample value, as a path (array items by index). */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return path.length > 0 ? [path] : [];
}

function withValue(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step] as typeof target;
  target[path.at(-1)!] = replacement;
  return copy;
}

type Hostile = {
  label: string;
  value: (current: unknown) => unknown;
  kind: "text" | "size" | "number";
};

const textOf = (current: unknown) => (typeof current === "string" ? current : "text");
const hostileValues: Hostile[] = [
  { label: "NUL", kind: "text", value: (current) => `${textOf(current)}\u0000` },
  { label: "lone surrogate", kind: "text", value: (current) => `${textOf(current)}\ud800` },
  { label: "100k characters", kind: "size", value: () => "x".repeat(100_000) },
  { label: "2^31", kind: "number", value: () => 2 ** 31 },
  { label: "1e308", kind: "number", value: () => 1e308 },
  { label: "-1", kind: "number", value: () => -1 },
];

/**
 * Hostile values an operation may accept, with why: accepting them is the right answer, so the
 * check is only that nothing breaks.
 */
const accepted: Record<string, string> = {
  // seq is a client's counter: any whole number up to 2^53 (a bigint column).
  "seq=2^31": "seq is a bigint counter",
};

type Outcome = { operation: string; field: string; value: string; status: number; body: any };

function contractShape(outcome: Outcome): string | null {
  const { status, body } = outcome;
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return null;
  if (typeof body?.detail !== "string" || typeof body?.code !== "string") {
    return `error body not in the contract's shape: ${JSON.stringify(body)?.slice(0, 200)}`;
  }
  if (body.errors !== undefined) {
    const ok = Object.values(body.errors).every(
      (messages) => Array.isArray(messages) && messages.every((m) => typeof m === "string"),
    );
    if (!ok) return `errors not {field: [message]}: ${JSON.stringify(body.errors).slice(0, 200)}`;
  }
  return null;
}

async function send(
  operation: Operation,
  w: World,
  changes: { body?: unknown; query?: Record<string, string>; params?: Record<string, string> },
) {
  const params = { ...w.params, ...changes.params };
  const search = changes.query ? `?${new URLSearchParams(changes.query)}` : "";
  const path = `/api/v1${operation.docPath.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent((params[name] ?? "").toWellFormed()),
  )}${search}`;
  return call(operation.handler, {
    method: operation.method,
    path,
    params,
    headers: w.headers,
    ...(changes.body !== undefined ? { json: changes.body } : {}),
  });
}

describe("hostile input on every operation", () => {
  it("never answers 500, always in the contract's shape; bad text is a 400 naming the field", async () => {
    const { key: apiKey } = await createKey(db, [...apiKeyScopes]);
    const problems: string[] = [];
    let requests = 0;
    /**
     * "text": 400 invalid naming the field (the text rule); "field": a 400 naming the field;
     * "4xx": any refusal; "any": only never a 500 and always the contract's shape.
     */
    const judge = (outcome: Outcome, expectation: "text" | "field" | "4xx" | "any") => {
      requests += 1;
      const where = `${outcome.operation} ${outcome.field} = ${outcome.value}`;
      const shape = contractShape(outcome);
      if (shape) return problems.push(`${where}: ${shape}`);
      if (expectation === "any") return;
      if (outcome.status < 400) {
        return problems.push(`${where}: accepted (${outcome.status})`);
      }
      if (expectation === "text" || expectation === "field") {
        const named =
          outcome.body.errors && Object.keys(outcome.body.errors).includes(outcome.field);
        const code = expectation === "text" ? outcome.body.code === "invalid" : true;
        if (outcome.status !== 400 || !code || !named) {
          problems.push(
            `${where}: expected 400 ${expectation === "text" ? "invalid " : ""}naming ${outcome.field}, got ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 200)}`,
          );
        }
      }
    };

    for (const operation of await operations()) {
      const name = `${operation.method} ${operation.docPath}`;
      if (operation.body) {
        const baselineWorld = await world(operation, apiKey);
        const bodyFor = (w: World) => knownBodies[name]?.(w) ?? sample(operation.body!, "body", w);
        // The untouched request passes validation, so each hostile value is what is judged.
        const baseline = await send(operation, baselineWorld, { body: bodyFor(baselineWorld) });
        if (baseline.status >= 500 || (baseline.status === 400 && baseline.data?.errors)) {
          problems.push(
            `${name}: the valid request was refused: ${baseline.status} ${JSON.stringify(baseline.data).slice(0, 300)}`,
          );
        }
        for (const field of leaves(bodyFor(baselineWorld))) {
          const fieldName = field.join(".");
          for (const hostile of hostileValues) {
            const w = await world(operation, apiKey);
            const body = bodyFor(w);
            const current = field.reduce<any>((value, step) => value?.[step], body);
            const response = await send(operation, w, {
              body: withValue(body, field, hostile.value(current)),
            });
            const allowed = accepted[`${field.at(-1)}=${hostile.label}`];
            judge(
              {
                operation: name,
                field: fieldName,
                value: hostile.label,
                status: response.status,
                body: response.data,
              },
              hostile.kind === "text" ? "text" : allowed ? "any" : "field",
            );
          }
        }
      }
      for (const parameter of operation.query) {
        for (const hostile of hostileValues) {
          const w = await world(operation, apiKey);
          const value = hostile.value(undefined);
          const response = await send(operation, w, {
            query: { [parameter.name]: String(value) },
          });
          judge(
            {
              operation: name,
              field: parameter.name,
              value: hostile.label,
              status: response.status,
              body: response.data,
            },
            // A lone surrogate cannot survive a URL: it arrives as U+FFFD, which is fine text; and
            // "-1" is a fine search term.
            hostile.label === "lone surrogate" ||
              (hostile.kind === "number" && !["integer", "number"].includes(parameter.schema.type!))
              ? "any"
              : hostile.kind === "text"
                ? "text"
                : hostile.kind === "size"
                  ? "field"
                  : "4xx",
          );
        }
      }
      if (operation.body || operation.query.length > 0) {
        for (const parameter of operation.path) {
          for (const hostile of hostileValues) {
            const w = await world(operation, apiKey);
            const response = await send(operation, w, {
              params: { [parameter.name]: String(hostile.value(undefined)) },
              body: operation.body
                ? (knownBodies[name]?.(w) ?? sample(operation.body, "body", w))
                : undefined,
            });
            judge(
              {
                operation: name,
                field: parameter.name,
                value: hostile.label,
                status: response.status,
                body: response.data,
              },
              hostile.kind === "text" ? "text" : "4xx",
            );
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  }, 600_000);
});
