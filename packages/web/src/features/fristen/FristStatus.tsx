import { Badge, Group } from '@mantine/core';
import type { Friststatus } from '../../api/fristen';

const TEXT: Record<Friststatus, string> = {
  offen: 'offen',
  erledigt: 'erledigt',
  ueberfaellig: 'überfällig',
  entfallen: 'entfallen',
};
// Dark shades: light badges use the colour as text, which must keep 4.5:1 contrast (WCAG 1.4.3).
const FARBE: Record<Friststatus, string> = {
  offen: 'blue.9',
  erledigt: 'green.9',
  ueberfaellig: 'red.9',
  entfallen: 'gray.8',
};

/** The state in words (never colour alone, WCAG 1.4.1), plus the "kurzfristig" hint. */
export function FristStatus({ status, kurzfristig }: { status: Friststatus; kurzfristig?: boolean }) {
  return (
    <Group gap={4} wrap="nowrap">
      {/* A narrow column must not cut the state to "ÜBER…": the badge keeps its full width. */}
      <Badge
        color={FARBE[status]}
        variant={status === 'ueberfaellig' ? 'filled' : 'light'}
        style={{ flexShrink: 0, overflow: 'visible' }}
      >
        {TEXT[status]}
      </Badge>
      {kurzfristig && (
        <Badge
          color="orange.9"
          variant="light"
          style={{ flexShrink: 0, overflow: 'visible' }}
          title="Der Termin wurde zu spät bekannt; die Frist gilt nicht als versäumt."
        >
          kurzfristig
        </Badge>
      )}
    </Group>
  );
}
