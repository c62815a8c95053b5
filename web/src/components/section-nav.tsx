import type { LinkProps } from '@tanstack/react-router';
import { RouterNavLink } from './links.tsx';

export interface NavSection {
  to: NonNullable<LinkProps['to']>;
  label: string;
}

interface SectionNavProps {
  /** Opens the first section; only the section itself is marked as the current page. */
  to: NonNullable<LinkProps['to']>;
  label: string;
  /** The area's paths start with this. */
  prefix: string;
  pathname: string;
  /** The sections the user may open, labels translated. */
  sections: NavSection[];
}

/** A navigation entry whose sections unfold while one of them is open (settings, portfolio). */
export function SectionNav({ to, label, prefix, pathname, sections }: SectionNavProps) {
  return (
    <RouterNavLink
      to={to}
      activeOptions={{ exact: true }}
      label={label}
      opened={pathname.startsWith(prefix)}
      childrenOffset="md"
    >
      {sections.map((section) => (
        <RouterNavLink
          key={section.to}
          to={section.to}
          label={section.label}
          active={pathname.startsWith(section.to)}
        />
      ))}
    </RouterNavLink>
  );
}
