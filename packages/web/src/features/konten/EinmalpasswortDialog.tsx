import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

export interface Einmalpasswort {
  fuer: string;
  email: string;
  passwort: string;
}

/** Shows a one-time password once: the server keeps only its hash, so closing the dialog loses it. */
export function EinmalpasswortDialog({
  wert,
  onClose,
}: {
  wert: Einmalpasswort | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={wert !== null} onClose={onClose} title="Einmalpasswort" centered>
      {wert && (
        <Stack>
          <Text size="sm">
            Einmalpasswort für {wert.fuer} ({wert.email}):
          </Text>
          <Code block fz="lg" aria-label="Einmalpasswort" data-testid="einmalpasswort">
            {wert.passwort}
          </Code>
          <Alert color="yellow" title="Nur jetzt sichtbar">
            Geben Sie das Einmalpasswort der Person persönlich oder telefonisch weiter, nicht per E-Mail. Bei
            der ersten Anmeldung legt sie ein eigenes Passwort fest.
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={wert.passwort}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Kopiert' : 'Kopieren'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>Fertig</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
