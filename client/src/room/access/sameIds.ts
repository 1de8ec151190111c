// Whether two id lists name the same set (null, "everyone", equals only null).
export function sameIds(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}
