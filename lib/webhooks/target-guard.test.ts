import { describe, expect, it } from "vitest";
import { isNonPublicAddress, targetProblem } from "./target-guard";

describe("isNonPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.5",
    "172.16.3.4",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "not an address",
  ])("refuses %s", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "allows %s",
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe("targetProblem", () => {
  it("asks for https and a public host, unless local use is allowed", () => {
    expect(targetProblem(new URL("https://hooks.example.com/x"), false)).toBeNull();
    expect(targetProblem(new URL("http://hooks.example.com/x"), false)).toMatch(/https/);
    expect(targetProblem(new URL("https://localhost:8443/x"), false)).toMatch(/local name/);
    expect(targetProblem(new URL("https://printer.local/x"), false)).toMatch(/local name/);
    expect(targetProblem(new URL("https://[fe80::1]/x"), false)).toMatch(/public address/);
    expect(targetProblem(new URL("http://127.0.0.1:4000/x"), true)).toBeNull();
    expect(targetProblem(new URL("https://a:b@example.com/x"), true)).toMatch(/user name/);
  });
});
