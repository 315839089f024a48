import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fallGeaendert } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { type Bericht, sendeBericht } from './api';
import { meldeErfolg } from './melde';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

/** Sending is final (the Jugendamt receives it, the text is fixed): the user confirms it once more. */
export function BerichtSenden({ b, fallId, onClose }: { b: Bericht; fallId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [fehler, setFehler] = useState<string | null>(null);
  const senden = useMutation({
    mutationFn: () => sendeBericht(b.id),
    onSuccess: async () => {
      meldeErfolg(`${b.titel} an das Jugendamt gesendet.`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['berichte', b.hilfeId] });
      await fallGeaendert(queryClient, fallId);
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Modal opened onClose={onClose} title={`${b.titel} senden?`} centered>
      {fehler && (
        <Alert color="red" role="alert" mb="sm">
          {fehler}
        </Alert>
      )}
      <Text>
        Der Bericht geht an das bewilligende Jugendamt und erscheint dort im Posteingang. Danach lässt er sich
        nicht mehr ändern.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Abbrechen
        </Button>
        <Button loading={senden.isPending} onClick={() => senden.mutate()}>
          Jetzt senden
        </Button>
      </Group>
    </Modal>
  );
}
