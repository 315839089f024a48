import { FRIST_STATUS_TEXT, type Friststatus } from '@hilfewerk/api';
import { Badge, Group } from '@mantine/core';
import { GRUEN, ORANGE } from '../../theme';

const TEXT = FRIST_STATUS_TEXT;
// Dark shades: outline badges use the colour as text, which must keep 4.5:1 contrast (WCAG 1.4.3). Mantine's
// light variant with a shade paints the background in that shade, hiding the text: outline instead.
const FARBE: Record<Friststatus, string> = {
  offen: 'blue.9',
  erledigt: GRUEN,
  ueberfaellig: 'red.9',
  entfallen: 'gray.8',
};

/** The state in words (never colour alone, WCAG 1.4.1), plus the "kurzfristig" hint. */
export function FristStatus({ status, kurzfristig }: { status: Friststatus; kurzfristig?: boolean }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={FARBE[status]} variant={status === 'ueberfaellig' ? 'filled' : 'outline'}>
        {TEXT[status]}
      </Badge>
      {kurzfristig && (
        <Badge
          color={ORANGE}
          variant="outline"
          title="Der Termin wurde zu spät bekannt; die Frist gilt nicht als versäumt."
        >
          kurzfristig
        </Badge>
      )}
    </Group>
  );
}
