import type { FallStatus } from '@hilfewerk/api';
import { Badge } from '@mantine/core';
import { fallStatus } from '../../lib/beschriftungen';
import { GRUEN } from '../../theme';

const farbe: Record<FallStatus, string> = { aktiv: GRUEN, beendet: '#495057' };

export function StatusBadge({ status }: { status: FallStatus }) {
  return (
    <Badge color={farbe[status] ?? '#495057'} variant="filled">
      {fallStatus[status] ?? status}
    </Badge>
  );
}
