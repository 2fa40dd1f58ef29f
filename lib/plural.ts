// A count with its noun, singular where it is one: "1 question", "10 questions", "2 people".
export const plural = (count: number, word: string, many = `${word}s`) =>
  `${count} ${count === 1 ? word : many}`;
