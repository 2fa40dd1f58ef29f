// The layering rule holds: nothing under lib/ may import the Inngest layer above it
// (eslint.config.mjs), and lib/ keeps the Next.js ban it shares with db/ and inngest/.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedImports(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === "no-restricted-imports");
}

describe("lib/ below the Inngest layer", () => {
  it.each([
    `import { inngest } from "@/inngest/client";\nexport const client = inngest;\n`,
    `import { platformFunctions } from "@/inngest";\nexport const all = platformFunctions;\n`,
    `export type { PlatformFunction } from "@/inngest/define-function";\n`,
  ])("refuses %s in lib/jobs", async (code) => {
    const messages = await restrictedImports(code, "lib/jobs/x.ts");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/Inngest layer/);
  });

  it("refuses it in any other lib/ domain too", async () => {
    const code = `import { events } from "@/inngest/events";\nexport const e = events;\n`;
    expect(await restrictedImports(code, "lib/exams/x.ts")).toHaveLength(1);
  });

  it("still refuses Next.js in lib/", async () => {
    const code = `import { headers } from "next/headers";\nexport const h = headers;\n`;
    const messages = await restrictedImports(code, "lib/jobs/x.ts");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/Next\.js/);
  });

  it("allows lib/ its own modules, the Inngest SDK package, and inngest/ to import lib/", async () => {
    expect(
      await restrictedImports(
        `import { NonRetriableError } from "inngest";\nimport { publishEvent } from "@/lib/jobs/publish-event";\nexport { NonRetriableError, publishEvent };\n`,
        "lib/jobs/x.ts",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        `import { InProcessRunner } from "@/lib/jobs/in-process-runner";\nexport const R = InProcessRunner;\n`,
        "inngest/x.ts",
      ),
    ).toEqual([]);
  });
});
