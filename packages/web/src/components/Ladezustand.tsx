import { Alert, Center, Loader } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiFehler } from '../api/client';

interface Props {
  fehler: unknown;
  /** What the user sees for 404 — e.g. "Fall nicht gefunden". */
  nichtGefunden?: string;
}

export function Laden() {
  return (
    <Center p="xl">
      <Loader aria-label="Wird geladen" />
    </Center>
  );
}

export function Ladefehler({ fehler, nichtGefunden = 'Nicht gefunden.' }: Props) {
  const status = fehler instanceof ApiFehler ? fehler.status : 0;
  const meldung =
    status === 404
      ? `${nichtGefunden} Entweder gibt es den Eintrag nicht, oder Sie haben keinen Zugriff darauf.`
      : fehler instanceof Error
        ? fehler.message
        : 'Die Daten konnten nicht geladen werden.';
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
      title={status === 404 ? nichtGefunden : 'Fehler'}
    >
      {meldung}
    </Alert>
  );
}
