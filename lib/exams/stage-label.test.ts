import { describe, expect, it } from "vitest";
import { stageLabel, stageName } from "./stage-label";

describe("stageLabel", () => {
  it("names the stage and the round in words", () => {
    expect(stageLabel({ stage: "screening", level: 1 })).toBe("Screening, round 1");
    expect(stageLabel({ stage: "league", level: 12 })).toBe("League, round 12");
    expect(stageName("final")).toBe("Final");
  });
});
