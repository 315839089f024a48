import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Entwurf } from '../lib/entwurf';

export function EntwurfHinweis({ entwurf }: { entwurf: Entwurf }) {
  if (!entwurf.wiederhergestellt) return null;
  return (
    <Alert
      color="blue"
      icon={<IconDeviceFloppy aria-hidden />}
      title="Entwurf wiederhergestellt"
      role="status"
    >
      <Group justify="space-between" align="center">
        <Text size="sm">
          Ihre noch nicht gespeicherten Eingaben wurden wiederhergestellt. Prüfen Sie sie und speichern Sie.
        </Text>
        <Button variant="default" size="xs" onClick={entwurf.verwerfen}>
          Entwurf verwerfen
        </Button>
      </Group>
    </Alert>
  );
}
