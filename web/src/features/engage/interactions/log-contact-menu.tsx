import { Button, type ButtonProps, Menu } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InteractionKind, interactionKinds, type Ref } from '../../../api/relationship-types.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { LazyInteractionDialog } from './lazy-interaction-dialog.tsx';

interface LogContactMenuProps {
  accounts: Ref[];
  contact?: Ref;
  /** Where several stand in a list, whom each is for ("Kontakt erfassen mit …"); it starts with the visible text. */
  ariaLabel?: string;
  buttonProps?: ButtonProps;
}

/**
 * "Kontakt erfassen" → the kind → the summary → save: a contact logged in three clicks, now, with
 * the person of the page as met.
 */
export function LogContactMenu({ accounts, contact, ariaLabel, buttonProps }: LogContactMenuProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [kind, setKind] = useState<InteractionKind | null>(null);
  if (!can('relationships:write') || accounts.length === 0) return null;
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={200}>
        <Menu.Target>
          <Button aria-label={ariaLabel} {...buttonProps}>
            {t('interactions.log')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {interactionKinds.map((option) => (
            <Menu.Item key={option} onClick={() => setKind(option)}>
              {t(`interactions.kinds.${option}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {kind ? (
        <Suspense fallback={null}>
          <LazyInteractionDialog
            kind={kind}
            accounts={accounts}
            contact={contact}
            onClose={() => setKind(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
