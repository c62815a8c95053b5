import { Skeleton, Text } from '@mantine/core';
import { ProblemAlert } from './problem-alert.tsx';

interface ListStateProps {
  pending: boolean;
  error: unknown;
  /** Loaded, and nothing in it. */
  empty?: boolean;
  emptyText?: string;
  /** The placeholder's height while loading. */
  height?: number;
}

/** What a short list shows instead of rows: loading, a failure, or that there is nothing yet. */
export function ListState({ pending, error, empty, emptyText, height = 64 }: ListStateProps) {
  if (error) return <ProblemAlert error={error} />;
  if (pending) return <Skeleton h={height} />;
  if (empty && emptyText)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return null;
}
