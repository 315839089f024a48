import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler } from '../../lib/datumseingabe';
import { formatDatum } from '../../lib/format';
import {
  aendereTermin,
  BEWERTUNG,
  type Bewertung,
  type Hilfeplan,
  hilfeplanAbfrage,
  legeZielAn,
  setzeTermin,
  type Termin,
  type Ziel,
} from './hilfeplan-api';
import { meldeErfolg } from './melde';
import { ZielAktionen } from './ZielAktionen';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

const STATUS = { geplant: 'geplant', gehalten: 'gehalten', abgesagt: 'abgesagt' } as const;

function ZielZeile({ z }: { z: Ziel }) {
  const letzte = z.pruefungen.at(-1);
  return (
    <>
      {z.text}
      {letzte && (
        <Badge ml={6} variant="outline" color="gray.8">
          {BEWERTUNG[letzte.bewertung]} ({formatDatum(letzte.datum)})
        </Badge>
      )}
    </>
  );
}

/** Records a held HPG: who took part, how it was prepared, and the review of every goal. */
function Gehalten({ termin, plan, onFertig }: { termin: Termin; plan: Hilfeplan; onFertig: () => void }) {
  const queryClient = useQueryClient();
  const alle = plan.ziele.flatMap((z) => [z, ...(z.teilziele ?? [])]);
  const [teilnahme, setTeilnahme] = useState({
    jungerMensch: false,
    sorgeberechtigte: false,
    traeger: false,
  });
  const [vorbereitung, setVorbereitung] = useState('');
  const [bewertung, setBewertung] = useState<Record<string, Bewertung | null>>({});
  const [fehler, setFehler] = useState<string | null>(null);
  const speichern = useMutation({
    mutationFn: () =>
      aendereTermin(termin.id, {
        version: termin.version,
        status: 'gehalten',
        teilnahme: { ...teilnahme, vorbereitung: vorbereitung.trim() || null },
        zielpruefung: Object.entries(bewertung)
          .filter(([, b]) => b)
          .map(([zielId, b]) => ({ zielId, bewertung: b })),
      }),
    onSuccess: async () => {
      meldeErfolg('Hilfeplangespräch als gehalten vermerkt.');
      await queryClient.invalidateQueries({ queryKey: ['hilfeplan', plan.hilfeId] });
      onFertig();
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Stack>
      {fehler && (
        <Alert color="red" role="alert">
          {fehler}
        </Alert>
      )}
      <Text fw={600}>Beteiligt</Text>
      <Checkbox
        label="junger Mensch"
        checked={teilnahme.jungerMensch}
        onChange={(e) => setTeilnahme({ ...teilnahme, jungerMensch: e.currentTarget.checked })}
      />
      <Checkbox
        label="Sorgeberechtigte"
        checked={teilnahme.sorgeberechtigte}
        onChange={(e) => setTeilnahme({ ...teilnahme, sorgeberechtigte: e.currentTarget.checked })}
      />
      <Checkbox
        label="Träger"
        checked={teilnahme.traeger}
        onChange={(e) => setTeilnahme({ ...teilnahme, traeger: e.currentTarget.checked })}
      />
      <Textarea
        label="Vorbereitung (mit wem, Bericht besprochen)"
        autosize
        minRows={2}
        value={vorbereitung}
        onChange={(e) => setVorbereitung(e.currentTarget.value)}
      />
      {alle.map((z) => (
        <Select
          key={z.id}
          label={`Überprüfung: ${z.text}`}
          data={Object.entries(BEWERTUNG).map(([value, label]) => ({ value, label }))}
          value={bewertung[z.id] ?? null}
          onChange={(w) => setBewertung({ ...bewertung, [z.id]: w as Bewertung | null })}
          clearable
        />
      ))}
      <Button loading={speichern.isPending} onClick={() => speichern.mutate()}>
        Speichern
      </Button>
    </Stack>
  );
}

/**
 * The Hilfeplan on a Hilfe: HPG dates (they set the provider's report deadlines), goals and sub-goals with their
 * latest review. The granting Jugendamt's ASD writes it; the case team reads it.
 */
export function HilfeplanAbschnitt({ hilfeId }: { hilfeId: string }) {
  const queryClient = useQueryClient();
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const rolle = sitzung?.benutzer.rolle ?? '';
  const darfLesen = ['leitung', 'fachkraft', 'semiprofessionell', 'asd'].includes(rolle);
  const asd = rolle === 'asd';
  const abfrage = useQuery({ ...hilfeplanAbfrage(hilfeId), enabled: darfLesen });
  const [datum, setDatum] = useState<string | null>(null);
  const [ziel, setZiel] = useState('');
  const [oberziel, setOberziel] = useState<string | null>(null);
  const [gehalten, setGehalten] = useState<Termin | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const neu = async (text: string) => {
    setFehler(null);
    meldeErfolg(text);
    await queryClient.invalidateQueries({ queryKey: ['hilfeplan', hilfeId] });
  };
  const termin = useMutation({
    mutationFn: () => setzeTermin(hilfeId, datum as string),
    onSuccess: () => {
      setDatum(null);
      return neu('Termin gesetzt; die Berichtsfrist des Trägers folgt ihm.');
    },
    onError: (f) => setFehler(meldung(f)),
  });
  const zielNeu = useMutation({
    mutationFn: () => legeZielAn(hilfeId, ziel, oberziel),
    onSuccess: () => {
      setZiel('');
      setOberziel(null);
      return neu('Ziel hinzugefügt.');
    },
    onError: (f) => setFehler(meldung(f)),
  });
  const absagen = useMutation({
    mutationFn: (t: Termin) => aendereTermin(t.id, { version: t.version, status: 'abgesagt' }),
    onSuccess: () => neu('Termin abgesagt.'),
    onError: (f) => setFehler(meldung(f)),
  });
  if (!darfLesen || !abfrage.data) return null;
  const plan = abfrage.data;
  return (
    <Stack gap="xs" mt="md">
      <Title order={4}>Hilfeplan</Title>
      {fehler && (
        <Alert color="red" role="alert">
          {fehler}
        </Alert>
      )}
      <Text size="sm" fw={600}>
        Hilfeplangespräche
      </Text>
      {plan.termine.length === 0 && <Text size="sm">Noch kein Termin.</Text>}
      <List size="sm">
        {plan.termine.map((t) => (
          <List.Item key={t.id}>
            {formatDatum(t.datum)} – {t.art === 'hpg' ? 'Hilfeplangespräch' : 'Abschlussgespräch'} (
            {STATUS[t.status]})
            {asd && t.status === 'geplant' && (
              <Group gap="xs" component="span" ml="sm">
                <Button size="compact-xs" variant="default" onClick={() => setGehalten(t)}>
                  Als gehalten vermerken
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => absagen.mutate(t)}>
                  Absagen
                </Button>
              </Group>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        Ziele und Teilziele
      </Text>
      {plan.ziele.length === 0 && <Text size="sm">Noch keine Ziele vereinbart.</Text>}
      <List size="sm">
        {plan.ziele.map((z) => (
          <List.Item key={z.id}>
            <ZielZeile z={z} />
            {asd && <ZielAktionen z={z} fertig={neu} fehler={(f) => setFehler(meldung(f))} />}
            {(z.teilziele ?? []).length > 0 && (
              <List withPadding size="sm">
                {(z.teilziele ?? []).map((tz) => (
                  <List.Item key={tz.id}>
                    <ZielZeile z={tz} />
                    {asd && <ZielAktionen z={tz} fertig={neu} fehler={(f) => setFehler(meldung(f))} />}
                  </List.Item>
                ))}
              </List>
            )}
          </List.Item>
        ))}
      </List>
      {asd && (
        <>
          <Group align="flex-end">
            <DatumFeld label="Termin des Hilfeplangesprächs" value={datum} onChange={setDatum} />
            <Button
              disabled={datumFehler(datum, true) !== null}
              loading={termin.isPending}
              onClick={() => termin.mutate()}
            >
              Termin setzen
            </Button>
          </Group>
          <Group align="flex-end">
            <TextInput label="Neues Ziel" value={ziel} onChange={(e) => setZiel(e.currentTarget.value)} />
            <Select
              label="Teilziel von"
              clearable
              data={plan.ziele.map((z) => ({ value: z.id, label: z.text }))}
              value={oberziel}
              onChange={setOberziel}
            />
            <Button
              disabled={ziel.trim() === ''}
              loading={zielNeu.isPending}
              onClick={() => zielNeu.mutate()}
            >
              Ziel hinzufügen
            </Button>
          </Group>
          <Modal
            opened={gehalten !== null}
            onClose={() => setGehalten(null)}
            title="Hilfeplangespräch gehalten"
          >
            {gehalten && <Gehalten termin={gehalten} plan={plan} onFertig={() => setGehalten(null)} />}
          </Modal>
        </>
      )}
    </Stack>
  );
}
