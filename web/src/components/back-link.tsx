import type { ReactNode } from 'react';
import { AnchorLink } from './links.tsx';

interface BackLinkProps {
  to: '/accounts' | '/contacts' | '/settings/users' | '/settings/industries' | '/import';
  children: ReactNode;
}

export function BackLink({ to, children }: BackLinkProps) {
  return (
    <AnchorLink to={to} size="sm" c="dimmed">
      ← {children}
    </AnchorLink>
  );
}
