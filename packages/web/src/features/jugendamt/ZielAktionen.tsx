import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { aendereZiel, loescheZiel, type Ziel } from './hilfeplan-api';

/** Whether an HPG reviewed the goal or one of its sub-goals: then it stays as it was reviewed. */
export const geprueft = (z: Ziel): boolean =>
  z.pruefungen.length > 0 || (z.teilziele ?? []).some((t) => t.pruefungen.length > 0);

/**
 * Rewording and deleting a goal the ASD has not reviewed yet (a goal with its sub-goals). The server refuses a
 * reviewed goal with 409 as well; the buttons are simply not offered for one.
 */
export function ZielAktionen({
  z,
  fertig,
  fehler,
}: {
  z: Ziel;
  fertig: (meldung: string) => Promise<void>;
  fehler: (f: unknown) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [loeschen, setLoeschen] = useState(false);
  const aendern = useMutation({
    mutationFn: () => aendereZiel(z.id, text ?? ''),
    onSuccess: () => {
      setText(null);
      return fertig('Ziel geändert.');
    },
    onError: fehler,
  });
  const weg = useMutation({
    mutationFn: () => loescheZiel(z.id),
    onSuccess: () => {
      setLoeschen(false);
      return fertig('Ziel gelöscht.');
    },
    onError: (f) => {
      setLoeschen(false);
      fehler(f);
    },
  });
  if (geprueft(z)) return null;
  if (text !== null)
    return (
      <Group gap="xs" mt={4} align="flex-end">
        <TextInput
          label="Ziel umformulieren"
          size="xs"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button size="compact-xs" loading={aendern.isPending} onClick={() => aendern.mutate()}>
          Speichern
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => setText(null)}>
          Abbrechen
        </Button>
      </Group>
    );
  return (
    <Group gap="xs" component="span" ml="sm">
      <Button
        size="compact-xs"
        variant="default"
        onClick={() => setText(z.text)}
        aria-label={`${z.text} ändern`}
      >
        Ändern
      </Button>
      <Button
        size="compact-xs"
        variant="default"
        onClick={() => setLoeschen(true)}
        aria-label={`${z.text} löschen`}
      >
        Löschen
      </Button>
      {loeschen && (
        <Modal opened onClose={() => setLoeschen(false)} title="Ziel löschen?" centered>
          <Text>
            „{z.text}“{(z.teilziele ?? []).length > 0 ? ' und seine Teilziele werden' : ' wird'} aus dem
            Hilfeplan gelöscht.
          </Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setLoeschen(false)}>
              Abbrechen
            </Button>
            <Button color="red.9" loading={weg.isPending} onClick={() => weg.mutate()}>
              Löschen
            </Button>
          </Group>
        </Modal>
      )}
    </Group>
  );
}
