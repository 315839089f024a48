import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { katalogAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler } from '../../lib/datumseingabe';
import { type Anfrage, sageAb, sageZu, zieheZurueck } from './api';
import { meldeErfolg } from './melde';
import { type Herkunft, herkunftFehlt, ZusageHerkunft } from './ZusageHerkunft';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

/** The answer to an open request: the provider's Leitung accepts or declines, the ASD may withdraw. */
export function AnfrageAntwort({
  anfrage,
  name,
  jugendamt,
}: {
  anfrage: Anfrage;
  name: string;
  jugendamt: boolean;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'zusage' | 'absage' | null>(null);
  const [beginn, setBeginn] = useState<string | null>(anfrage.beginn);
  const [grund, setGrund] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [feldFehler, setFeldFehler] = useState<Record<string, string>>({});
  // Prefilled with what the ASD wrote into the request; the Leitung confirms or corrects it.
  const [herkunft, setHerkunft] = useState<Herkunft>({
    herkunft: anfrage.herkunft,
    herkunftText: anfrage.herkunftText ?? '',
  });
  const { data: katalog = [] } = useQuery(katalogAbfrage);
  const eintrag = katalog.find((e) => e.id === anfrage.leistung);
  const mitAnschluss = Boolean(eintrag?.anschluss);
  const fertig = async (text: string) => {
    setDialog(null);
    setFehler(null);
    meldeErfolg(text);
    await queryClient.invalidateQueries({ queryKey: ['anfragen'] });
  };
  const zusage = useMutation({
    mutationFn: () =>
      sageZu(anfrage.id, {
        beginn: beginn as string,
        ...(mitAnschluss
          ? { herkunft: herkunft.herkunft, herkunftText: herkunft.herkunftText.trim() || null }
          : {}),
      }),
    onSuccess: async (r) => {
      await fertig('Zugesagt: Fall und Hilfe sind angelegt.');
      await navigate({ to: '/faelle/$fallId', params: { fallId: r.fallId } });
    },
    onError: (f) => {
      setFehler(meldung(f));
      setFeldFehler(f instanceof ApiFehler ? f.felder : {});
    },
  });
  const absage = useMutation({
    mutationFn: () => sageAb(anfrage.id, grund),
    onSuccess: () => fertig('Abgesagt.'),
    onError: (f) => setFehler(meldung(f)),
  });
  const zurueck = useMutation({
    mutationFn: () => zieheZurueck(anfrage.id),
    onSuccess: () => fertig('Anfrage zurückgezogen.'),
    onError: (f) => setFehler(meldung(f)),
  });
  if (anfrage.status !== 'offen') return <>–</>;
  if (jugendamt) {
    return (
      <Button size="xs" variant="default" loading={zurueck.isPending} onClick={() => zurueck.mutate()}>
        Zurückziehen
      </Button>
    );
  }
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" onClick={() => setDialog('zusage')} aria-label={`Anfrage für ${name} zusagen`}>
          Zusagen
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => setDialog('absage')}
          aria-label={`Anfrage für ${name} absagen`}
        >
          Absagen
        </Button>
      </Group>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'zusage' ? 'Betreuungszusage' : 'Anfrage absagen'}
      >
        <Stack>
          {fehler && (
            <Alert color="red" role="alert">
              {fehler}
            </Alert>
          )}
          {dialog === 'zusage' ? (
            <>
              <DatumFeld
                label="Beginn der Hilfe"
                required
                value={beginn}
                onChange={setBeginn}
                error={datumFehler(beginn, true) ?? undefined}
              />
              {eintrag && (
                <ZusageHerkunft
                  eintrag={eintrag}
                  wert={herkunft}
                  onChange={setHerkunft}
                  fehler={feldFehler}
                />
              )}
              <Button
                loading={zusage.isPending}
                disabled={datumFehler(beginn, true) !== null || herkunftFehlt(eintrag, herkunft)}
                onClick={() => zusage.mutate()}
              >
                Zusage senden
              </Button>
            </>
          ) : (
            <>
              <Textarea
                label="Grund der Absage"
                required
                autosize
                minRows={2}
                value={grund}
                onChange={(e) => setGrund(e.currentTarget.value)}
              />
              <Button
                loading={absage.isPending}
                disabled={grund.trim() === ''}
                onClick={() => absage.mutate()}
              >
                Absage senden
              </Button>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
