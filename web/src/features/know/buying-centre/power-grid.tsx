import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Attitude, attitudes, type Member } from '../../../api/relationship-types.ts';
import { attitudeColors } from './member-badges.tsx';

/** Left to right: from opponent to supporter, so the people to win over stand on the left. */
const columns: Attitude[] = [...attitudes].reverse();
const influenceRows = [5, 4, 3, 2, 1];

/**
 * Influence against attitude: who decides and where they stand towards us. A powerful opponent
 * (top left) needs a plan; a powerful supporter (top right) is the one to build on.
 */
export function PowerGrid({ members, onOpen }: { members: Member[]; onOpen: (member: Member) => void }) {
  const { t } = useTranslation();
  const current = members.filter((member) => !member.leftCompanyOn);
  const placed = current.filter((member) => member.influence && member.attitude);
  const unplaced = current.filter((member) => !member.influence || !member.attitude);
  const chip = (member: Member) => (
    <Button
      key={member.contact.id}
      size="compact-xs"
      variant="light"
      color={member.attitude ? attitudeColors[member.attitude] : 'gray'}
      onClick={() => onOpen(member)}
      // Names wrap inside the narrow cells of a phone instead of being cut off.
      styles={{
        root: { maxWidth: '100%', height: 'auto', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'left', lineHeight: 1.25 },
      }}
    >
      {member.contact.name}
    </Button>
  );
  return (
    <Stack gap="xs">
      <Box
        role="table"
        aria-label={t('buyingCentre.powerGrid')}
        style={{
          display: 'grid',
          gridTemplateColumns: `1.6rem repeat(${columns.length}, minmax(0, 1fr))`,
          gap: 4,
        }}
      >
        <Box role="row" style={{ display: 'contents' }}>
          <Box role="columnheader">
            <Text size="xs" c="dimmed" ta="center">
              {t('buyingCentre.influenceAxis')}
            </Text>
          </Box>
          {columns.map((attitude) => (
            <Box role="columnheader" key={attitude}>
              <Text size="xs" fw={600} ta="center" c={attitudeColors[attitude]} truncate>
                {t(`buyingCentre.attitudes.${attitude}`)}
              </Text>
            </Box>
          ))}
        </Box>
        {influenceRows.map((influence) => (
          <Box role="row" key={influence} style={{ display: 'contents' }}>
            <Box role="rowheader" style={{ alignSelf: 'center' }}>
              <Text
                size="sm"
                fw={600}
                ta="center"
                aria-label={t('buyingCentre.influenceShort', { value: influence })}
              >
                {influence}
              </Text>
            </Box>
            {columns.map((attitude) => {
              const here = placed.filter(
                (member) => member.influence === influence && member.attitude === attitude,
              );
              return (
                <Box
                  role="cell"
                  key={attitude}
                  data-testid={`grid-${influence}-${attitude}`}
                  p={4}
                  mih={44}
                  style={{
                    borderRadius: 6,
                    background:
                      influence >= 4 && (attitude === 'opponent' || attitude === 'sceptic')
                        ? 'var(--mantine-color-red-0)'
                        : influence >= 4 && attitude === 'supporter'
                          ? 'var(--mantine-color-teal-0)'
                          : 'var(--mantine-color-gray-0)',
                  }}
                >
                  <Stack gap={4}>{here.map(chip)}</Stack>
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
      {unplaced.length > 0 ? (
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('buyingCentre.unplaced')}
          </Text>
          {unplaced.map(chip)}
        </Group>
      ) : null}
    </Stack>
  );
}
