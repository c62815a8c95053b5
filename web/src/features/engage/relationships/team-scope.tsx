import { SegmentedControl } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCan } from '../../platform/auth/use-permissions.ts';

/** `?scope=team` on pages that show a user's own work or, for a head of sales, the team's. */
export interface TeamSearch {
  scope?: 'team';
}

export function validateTeamSearch(search: Record<string, unknown>): TeamSearch {
  return search.scope === 'team' ? { scope: 'team' } : {};
}

/** Whether the reader leads the team (may switch), and whether the team is shown. */
export function useTeamScope() {
  const can = useCan();
  const search = useSearch({ strict: false }) as TeamSearch;
  const lead = can('relationships:configure');
  return { lead, team: lead && search.scope === 'team' };
}

/** The "mine / team" switch, kept in the URL so that the view survives a reload. */
export function TeamScopeSwitch({
  to,
  team,
  label,
  labels,
}: {
  to: '/' | '/contact-cadence';
  team: boolean;
  label: string;
  labels: { me: string; team: string };
}) {
  const navigate = useNavigate();
  return (
    <SegmentedControl
      aria-label={label}
      value={team ? 'team' : 'me'}
      onChange={(value) => void navigate({ to, search: value === 'team' ? { scope: 'team' } : {} })}
      data={[
        { value: 'me', label: labels.me },
        { value: 'team', label: labels.team },
      ]}
      style={{ alignSelf: 'flex-start' }}
    />
  );
}
