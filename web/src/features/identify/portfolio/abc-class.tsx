import { Badge } from '@mantine/core';

export type AbcClass = 'A' | 'B' | 'C';

export const classColors: Record<AbcClass, string> = { A: 'teal', B: 'yellow', C: 'gray' };

/** The ABC class as a small coloured square badge. */
export function AbcBadge({ abcClass }: { abcClass: AbcClass | null }) {
  if (!abcClass) return <>–</>;
  return (
    <Badge
      color={classColors[abcClass]}
      variant={abcClass === 'A' ? 'filled' : 'light'}
      radius="sm"
      w={28}
      px={0}
    >
      {abcClass}
    </Badge>
  );
}

/** How concentrated the revenue is by its Herfindahl-Hirschman index (0 … 10,000). */
export function hhiLevel(index: number): 'low' | 'moderate' | 'high' {
  if (index < 1500) return 'low';
  if (index <= 2500) return 'moderate';
  return 'high';
}

export const hhiColors = { low: 'green', moderate: 'yellow', high: 'red' } as const;
