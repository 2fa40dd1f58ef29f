// A count with its noun, singular where it is one: "1 question", "10 questions".
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
