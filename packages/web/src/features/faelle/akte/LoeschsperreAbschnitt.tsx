import type { Loeschsperre } from '@hilfewerk/api';
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler, anfrage } from '../../../api/client';
import { formatZeitpunkt } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { useSchmal } from '../../../lib/schmal';
import { ORANGE } from '../../../theme';
import { meldeErfolg } from '../../jugendamt/melde';

const schluessel = (fallId: string) => ['loeschsperre', fallId];

const fehlertext = (f: unknown) =>
  f instanceof ApiFehler ? f.message : 'Die Verbindung ist fehlgeschlagen.';

/** Asks for the reason: a hold without one could not be reviewed later (the server refuses it too). */
function SetzenDialog({ fallId, onClose }: { fallId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const schmal = useSchmal();
  const [grund, setGrund] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const setzen = useMutation({
    mutationFn: () => anfrage(`/api/faelle/${fallId}/loeschsperre`, { methode: 'POST', body: { grund } }),
    onSuccess: async () => {
      meldeErfolg('Löschsperre gesetzt.');
      await queryClient.invalidateQueries({ queryKey: schluessel(fallId) });
      await queryClient.invalidateQueries({ queryKey: ['aufbewahrung'] });
      onClose();
    },
    onError: (f) => setFehler(fehlertext(f)),
  });
  return (
    <Modal opened onClose={onClose} title="Löschsperre setzen" fullScreen={schmal}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!grund.trim()) return setFehler('Bitte geben Sie den Grund der Löschsperre an.');
          setzen.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Solange die Sperre besteht, wird die Akte nicht anonymisiert, auch wenn ihre Aufbewahrung endet
            (z. B. Gerichtsverfahren, Beschwerde, Prüfung). Setzen und Aufheben werden protokolliert.
          </Text>
          <Textarea
            label="Grund"
            required
            autosize
            minRows={2}
            maxLength={500}
            value={grund}
            onChange={(e) => setGrund(e.currentTarget.value)}
            error={fehler}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Abbrechen
            </Button>
            <Button type="submit" loading={setzen.isPending}>
              Löschsperre setzen
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The legal hold of the case file: its status for those who may read it (Leitung, Administration), and
 * setting or lifting it for the Leitung.
 */
export function LoeschsperreAbschnitt({ fallId }: { fallId: string }) {
  const darf = useDarf();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const abfrage = useQuery({
    queryKey: schluessel(fallId),
    queryFn: async () =>
      (await anfrage<{ sperre: Loeschsperre | null }>(`/api/faelle/${fallId}/loeschsperre`)).daten,
  });
  const aufheben = useMutation({
    mutationFn: () => anfrage(`/api/faelle/${fallId}/loeschsperre`, { methode: 'DELETE' }),
    onSuccess: async () => {
      setFehler(null);
      meldeErfolg('Löschsperre aufgehoben.');
      await queryClient.invalidateQueries({ queryKey: schluessel(fallId) });
      await queryClient.invalidateQueries({ queryKey: ['aufbewahrung'] });
    },
    onError: (f) => setFehler(fehlertext(f)),
  });
  const sperre = abfrage.data?.sperre;
  return (
    <Stack component="section" aria-labelledby="loeschsperre-titel" gap="sm">
      <Title order={2} id="loeschsperre-titel">
        Löschsperre
      </Title>
      {abfrage.isError && (
        <Alert color="red" role="alert">
          {fehlertext(abfrage.error)}
        </Alert>
      )}
      {fehler && (
        <Alert color="red" role="alert">
          {fehler}
        </Alert>
      )}
      {abfrage.isSuccess &&
        (sperre ? (
          <Text>
            <Badge color={ORANGE} variant="outline" mr={6}>
              gesperrt
            </Badge>
            seit {formatZeitpunkt(sperre.gesetztAm)}: {sperre.grund}
          </Text>
        ) : (
          <Text>Keine Löschsperre. Die Akte wird nach Ende ihrer Aufbewahrung anonymisiert.</Text>
        ))}
      {abfrage.isSuccess && (
        <Group>
          {!sperre && darf('loeschsperre', 'anlegen') && (
            <Button variant="default" onClick={() => setDialog(true)}>
              Löschsperre setzen
            </Button>
          )}
          {sperre && darf('loeschsperre', 'aendern') && (
            <Button variant="default" loading={aufheben.isPending} onClick={() => aufheben.mutate()}>
              Löschsperre aufheben
            </Button>
          )}
        </Group>
      )}
      {dialog && <SetzenDialog fallId={fallId} onClose={() => setDialog(false)} />}
    </Stack>
  );
}
