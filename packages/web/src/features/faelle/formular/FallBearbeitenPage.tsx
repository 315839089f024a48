import type { Fall, FallStatus } from '@hilfewerk/api';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { fallAbfrage, fallGeaendert } from '../../../api/abfragen';
import { ApiFehler } from '../../../api/client';
import { aendereFall } from '../../../api/faelle';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { KonfliktHinweis } from '../../../components/KonfliktHinweis';
import { Ladefehler, Laden } from '../../../components/Ladezustand';
import { LinkKnopf } from '../../../components/RouterLinks';
import { alsOptionen, fallStatus } from '../../../lib/beschriftungen';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { useSeitentitel } from '../../../lib/seitentitel';
import { pflichtfeld } from './pruefung';

const route = getRouteApi('/app/faelle/$fallId/bearbeiten');

// The version the user started from is part of the draft: a draft restored after a long pause must
// still meet the 409 check instead of silently overwriting newer changes.
interface Werte extends Record<string, unknown> {
  aktenzeichen: string;
  bezeichnung: string;
  status: FallStatus;
  version: number;
}

const FELDER = ['aktenzeichen', 'bezeichnung', 'status'];
const KONFLIKT_FELDER = [
  { name: 'aktenzeichen', beschriftung: 'Aktenzeichen' },
  { name: 'bezeichnung', beschriftung: 'Bezeichnung' },
  {
    name: 'status',
    beschriftung: 'Status',
    format: (w: unknown) => fallStatus[w as FallStatus] ?? String(w),
  },
];

const werteAus = (fall: Pick<Fall, 'aktenzeichen' | 'bezeichnung' | 'status' | 'version'>): Werte => ({
  aktenzeichen: fall.aktenzeichen,
  bezeichnung: fall.bezeichnung,
  status: fall.status,
  version: fall.version,
});

export function FallBearbeitenPage() {
  useSeitentitel('Fall bearbeiten');
  const { fallId } = route.useParams();
  const abfrage = useQuery({ ...fallAbfrage(fallId), staleTime: Number.POSITIVE_INFINITY });
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} nichtGefunden="Fall nicht gefunden." />;
  return <FallBearbeitenFormular fall={abfrage.data} />;
}

function FallBearbeitenFormular({ fall }: { fall: Fall }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [konflikt, setKonflikt] = useState<Werte | null>(null);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: werteAus(fall),
    validate: {
      aktenzeichen: pflichtfeld('Bitte geben Sie ein Aktenzeichen ein.'),
      bezeichnung: pflichtfeld('Bitte geben Sie eine Bezeichnung ein.'),
    },
  });
  const entwurf = useEntwurf(`fall-bearbeiten:${fall.id}`, form);

  const speichern = useMutation({
    mutationFn: (werte: Werte) =>
      aendereFall(fall.id, {
        version: werte.version,
        aktenzeichen: werte.aktenzeichen.trim(),
        bezeichnung: werte.bezeichnung.trim(),
        status: werte.status,
      }),
    onSuccess: async () => {
      entwurf.erledigt();
      await queryClient.invalidateQueries({ queryKey: ['faelle'] });
      await fallGeaendert(queryClient, fall.id);
      notifications.show({ color: 'green', message: 'Fall gespeichert.' });
      await navigate({ to: '/faelle/$fallId', params: { fallId: fall.id } });
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler && fehler.status === 409 && fehler.aktuell) {
        const aktuell = fehler.aktuell as Fall;
        setKonflikt(werteAus(aktuell));
        setMeldungen([]);
        return;
      }
      setMeldungen(zeigeServerfehler(form, fehler, FELDER));
    },
  });

  return (
    <Stack maw={800}>
      <Title order={1}>Fall {fall.aktenzeichen} bearbeiten</Title>
      <EntwurfHinweis entwurf={entwurf} />
      {konflikt && (
        <KonfliktHinweis
          felder={KONFLIKT_FELDER}
          aktuell={konflikt}
          eigene={form.values}
          onBehalten={() => {
            form.setFieldValue('version', konflikt.version);
            setKonflikt(null);
            speichern.mutate({ ...form.values, version: konflikt.version });
          }}
          onUebernehmen={() => {
            form.setValues(konflikt);
            setKonflikt(null);
          }}
        />
      )}
      {meldungen.length > 0 && (
        <Alert color="red" role="alert" title="Nicht gespeichert">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((werte) => speichern.mutate(werte))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Aktenzeichen" required {...form.getInputProps('aktenzeichen')} />
            <TextInput label="Bezeichnung" required {...form.getInputProps('bezeichnung')} />
            <Select
              label="Status"
              required
              allowDeselect={false}
              data={alsOptionen(fallStatus)}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <LinkKnopf to="/faelle/$fallId" params={{ fallId: fall.id }} variant="default">
              Abbrechen
            </LinkKnopf>
            <Button type="submit" loading={speichern.isPending}>
              Speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
