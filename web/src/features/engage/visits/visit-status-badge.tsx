import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../api/relationship-types.ts';

const colors: Record<VisitStatus, string> = { planned: 'blue', reported: 'teal', cancelled: 'gray' };

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none">
      {t(`visits.status.${status}`)}
    </Badge>
  );
}
