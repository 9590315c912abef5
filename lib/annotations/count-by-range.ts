/**
 * How many annotations start inside each range (e.g. each risk factor), by id. Both lists are
 * sorted by start first, so this is one pass whatever their sizes.
 */
export function countByRange(
  ranges: Array<{ id: string; start: number; end: number }>,
  positions: number[],
): Map<string, number> {
  const sortedRanges = [...ranges].sort((a, b) => a.start - b.start);
  const sortedPositions = [...positions].sort((a, b) => a - b);
  const counts = new Map<string, number>();
  let index = 0;
  for (const range of sortedRanges) {
    while (index < sortedPositions.length && sortedPositions[index]! < range.start) index++;
    let count = 0;
    for (let i = index; i < sortedPositions.length && sortedPositions[i]! < range.end; i++) count++;
    if (count) counts.set(range.id, count);
  }
  return counts;
}
