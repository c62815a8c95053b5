import { useQuery } from '@tanstack/react-query';
import { buyingCentreQuery } from '../../../api/buying-centre.ts';
import { CoverageWarnings } from './coverage-warnings.tsx';

/** A key account's coverage gaps at the top of its page, where they cannot be overlooked. */
export function AccountCoverage({ accountId }: { accountId: string }) {
  const { data } = useQuery(buyingCentreQuery(accountId));
  if (!data) return null;
  return (
    <CoverageWarnings
      warnings={data.warnings}
      people={data.members.map((member) => member.contact)}
      prominent={data.account.isKeyAccount}
    />
  );
}
