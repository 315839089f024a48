import { Badge } from '@mantine/core';
import type { FallStatus } from '../../api/typen';
import { fallStatus } from '../../lib/beschriftungen';

// White text needs 4.5:1 (WCAG 2.1 AA); Mantine's green-9 reaches only 4.3:1, so a darker green.
const farbe: Record<FallStatus, string> = { aktiv: '#1b5e20', beendet: '#495057' };

export function StatusBadge({ status }: { status: FallStatus }) {
  return (
    <Badge color={farbe[status] ?? '#495057'} variant="filled" style={{ flexShrink: 0, overflow: 'visible' }}>
      {fallStatus[status] ?? status}
    </Badge>
  );
}
