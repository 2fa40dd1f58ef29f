// How a person reads an exam's stage and level: "Screening, round 1", never "screening_1".
// (`stage_display` stays the API's machine form.)

const stageNames: Record<string, string> = {
  screening: "Screening",
  league: "League",
  final: "Final",
};

export function stageName(stage: string): string {
  return stageNames[stage] ?? stage.charAt(0).toUpperCase() + stage.slice(1);
}

export function stageLabel({ stage, level }: { stage: string; level: number }): string {
  return `${stageName(stage)}, round ${level}`;
}
