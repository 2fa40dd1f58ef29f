import { describe, expect, it } from "vitest";
import { readDocsAsset, redocRemoteLogo } from "./docs-assets";
import { docsPageHeaders, redocPage, swaggerPage } from "./docs-pages";

const text = async (name: string) => new TextDecoder().decode((await readDocsAsset(name)!).body);

describe("docs assets", () => {
  it("serves ReDoc with its logo from our own origin, not cdn.redoc.ly", async () => {
    const bundle = await text("redoc.standalone.js");
    expect(bundle).not.toContain(redocRemoteLogo);
    expect(bundle).not.toContain("cdn.redoc.ly");
    expect(bundle).toContain('"/api/v1/docs/assets/redoc-logo.svg"');
    const logo = await readDocsAsset("redoc-logo.svg")!;
    expect(logo.type).toBe("image/svg+xml");
    expect(new TextDecoder().decode(logo.body)).toMatch(/^<svg /);
  });

  it("serves only the named files", () => {
    for (const name of ["package.json", "../package.json", "swagger-init.js", "constructor"]) {
      expect(readDocsAsset(name)).toBeNull();
    }
  });
});

describe("docs pages", () => {
  it("put the response's nonce on every script, and their policy allows only that nonce", () => {
    for (const page of [swaggerPage("N0nce+/=="), redocPage("N0nce+/==")]) {
      const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain('nonce="N0nce+/=="');
      for (const [, url] of page.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\//);
    }
    expect(docsPageHeaders("N0nce+/==")["Content-Security-Policy"]).toContain(
      "script-src 'nonce-N0nce+/=='",
    );
  });

  it("turn off Swagger UI's online validator badge", () => {
    expect(swaggerPage("n")).toContain('"validatorUrl":null');
  });
});
