// Bounds of an exam's fields shared by the API's schemas and the builder's own checks (no zod here,
// so the browser bundle stays small).

/** `level` is any whole number from 1 (CONTRACT §4: weekly league rounds reach dozens); above
 *  1,000 is a typo. */
export const maxLevel = 1000;
