import type { Fall, Person, PersonenRolle } from '@hilfewerk/api';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { fallAbfrage, fallGeaendert } from '../../../api/abfragen';
import { ApiFehler } from '../../../api/client';
import { aenderePerson, legePersonAn } from '../../../api/faelle';
import { DatumFeld } from '../../../components/DatumFeld';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { KonfliktHinweis } from '../../../components/KonfliktHinweis';
import { Ladefehler, Laden } from '../../../components/Ladezustand';
import { LinkAnker, LinkKnopf } from '../../../components/RouterLinks';
import { alsOptionen, personenRollen } from '../../../lib/beschriftungen';
import { datumFehler } from '../../../lib/datumseingabe';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { formatDatum } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { useSeitentitel } from '../../../lib/seitentitel';
import { pflichtfeld } from '../formular/pruefung';

interface Werte extends Record<string, unknown> {
  rolle: PersonenRolle;
  vorname: string;
  nachname: string;
  geburtsdatum: string | null;
  zustimmungVon: string | null;
  zustimmungAm: string | null;
  version: number;
}

const FELDER = ['rolle', 'vorname', 'nachname', 'geburtsdatum', 'zustimmungVon', 'zustimmungAm'];
const KONFLIKT_FELDER = [
  {
    name: 'rolle',
    beschriftung: 'Rolle',
    format: (w: unknown) => personenRollen[w as PersonenRolle] ?? String(w),
  },
  { name: 'vorname', beschriftung: 'Vorname' },
  { name: 'nachname', beschriftung: 'Nachname' },
  {
    name: 'geburtsdatum',
    beschriftung: 'Geburtsdatum',
    format: (w: unknown) => formatDatum(w as string | null),
  },
];

const werteAus = (person: Person): Werte => ({
  rolle: person.rolle,
  vorname: person.vorname,
  nachname: person.nachname,
  geburtsdatum: person.geburtsdatum,
  zustimmungVon: person.zustimmungVon,
  zustimmungAm: person.zustimmungAm,
  version: person.version,
});

export function PersonPage() {
  const { fallId, personId } = useParams({ strict: false }) as { fallId: string; personId?: string };
  useSeitentitel(personId ? 'Person bearbeiten' : 'Person hinzufügen');
  const fall = useQuery({ ...fallAbfrage(fallId), staleTime: Number.POSITIVE_INFINITY });
  if (fall.isPending) return <Laden />;
  if (fall.isError) return <Ladefehler fehler={fall.error} nichtGefunden="Fall nicht gefunden." />;
  const person = personId ? fall.data.personen.find((p) => p.id === personId) : undefined;
  if (personId && !person)
    return <Ladefehler fehler={new ApiFehler(404, {}, null)} nichtGefunden="Person nicht gefunden." />;
  return <PersonFormular fall={fall.data} person={person} />;
}

/**
 * Anlage D.8 takes in a person who actually cares for the child only "mit Zustimmung des betreuenden
 * Elternteils": who consented and when are recorded with the person. The server checks again.
 */
function ZustimmungFelder({ form, personen }: { form: UseFormReturnType<Werte>; personen: Person[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Eine weitere Person wird nur mit Zustimmung des betreuenden Elternteils einbezogen (Anlage D.8,
        Präambel).
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Zustimmung von"
          required
          placeholder={personen.length === 0 ? 'Erst den Elternteil als Person erfassen' : 'Bitte wählen'}
          disabled={personen.length === 0}
          data={personen.map((p) => ({ value: p.id, label: `${p.vorname} ${p.nachname}` }))}
          {...form.getInputProps('zustimmungVon')}
        />
        <DatumFeld label="Zustimmung am" required {...form.getInputProps('zustimmungAm')} />
      </SimpleGrid>
    </Stack>
  );
}

function PersonFormular({ fall, person }: { fall: Fall; person: Person | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [konflikt, setKonflikt] = useState<Werte | null>(null);
  const form = useForm<Werte>({
    initialValues: person
      ? werteAus(person)
      : {
          rolle: fall.personen.length === 0 ? 'junger_mensch' : 'sorgeberechtigt',
          vorname: '',
          nachname: '',
          geburtsdatum: null,
          zustimmungVon: null,
          zustimmungAm: null,
          version: 0,
        },
    validate: {
      vorname: pflichtfeld('Bitte geben Sie den Vornamen ein.'),
      nachname: pflichtfeld('Bitte geben Sie den Nachnamen ein.'),
      geburtsdatum: (w) => datumFehler(w),
      zustimmungVon: (w, werte) =>
        werte.rolle === 'weitere_person' && !w ? 'Bitte wählen Sie, wer zugestimmt hat.' : null,
      zustimmungAm: (w, werte) => (werte.rolle === 'weitere_person' ? datumFehler(w, true) : null),
    },
  });
  const entwurf = useEntwurf(`person:${fall.id}:${person?.id ?? 'neu'}`, form);

  const speichern = useMutation({
    mutationFn: (werte: Werte) => {
      const daten = {
        rolle: werte.rolle,
        vorname: werte.vorname.trim(),
        nachname: werte.nachname.trim(),
        geburtsdatum: werte.geburtsdatum || null,
        // Consent belongs to a weitere Person only; for other roles it is cleared.
        zustimmungVon: werte.rolle === 'weitere_person' ? werte.zustimmungVon : null,
        zustimmungAm: werte.rolle === 'weitere_person' ? werte.zustimmungAm : null,
      };
      return person
        ? aenderePerson(fall.id, person.id, { ...daten, version: werte.version })
        : legePersonAn(fall.id, { ...daten, geburtsdatum: daten.geburtsdatum ?? undefined });
    },
    onSuccess: async () => {
      entwurf.erledigt();
      await fallGeaendert(queryClient, fall.id);
      notifications.show({ color: 'green', message: 'Person gespeichert.' });
      await navigate({ to: '/faelle/$fallId', params: { fallId: fall.id } });
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler && fehler.status === 409 && fehler.aktuell) {
        setKonflikt(werteAus(fehler.aktuell as Person));
        setMeldungen([]);
        return;
      }
      setMeldungen(zeigeServerfehler(form, fehler, FELDER));
    },
  });

  return (
    <Stack maw={800}>
      <LinkAnker to="/faelle/$fallId" params={{ fallId: fall.id }} size="sm">
        Zurück zu Fall {fall.aktenzeichen}
      </LinkAnker>
      <Title order={1}>
        {person ? 'Person bearbeiten' : 'Person hinzufügen'} – Fall {fall.aktenzeichen}
      </Title>
      <EntwurfHinweis entwurf={entwurf} />
      {person && <AuskunftLink fallId={fall.id} person={person} />}
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
            <Select
              label="Rolle"
              required
              allowDeselect={false}
              data={alsOptionen(personenRollen)}
              {...form.getInputProps('rolle')}
            />
            <DatumFeld label="Geburtsdatum" {...form.getInputProps('geburtsdatum')} />
            <TextInput label="Vorname" required {...form.getInputProps('vorname')} />
            <TextInput label="Nachname" required {...form.getInputProps('nachname')} />
          </SimpleGrid>
          {form.values.rolle === 'weitere_person' && (
            <ZustimmungFelder
              form={form}
              personen={fall.personen.filter(
                (p) => p.id !== person?.id && (p.rolle === 'junger_mensch' || p.rolle === 'sorgeberechtigt'),
              )}
            />
          )}
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

/**
 * Art. 15 GDPR: the Leitung downloads everything stored about the person (the server checks the role
 * and records the download in the Protokoll).
 */
function AuskunftLink({ fallId, person }: { fallId: string; person: Person }) {
  const darf = useDarf();
  if (!darf('auskunft', 'lesen')) return null;
  return (
    <Text size="sm">
      Auskunft nach Art. 15 DSGVO herunterladen:{' '}
      <Anchor href={`/api/faelle/${fallId}/personen/${person.id}/auskunft/pdf`} download>
        als PDF
      </Anchor>{' '}
      ·{' '}
      <Anchor href={`/api/faelle/${fallId}/personen/${person.id}/auskunft`} download>
        als JSON
      </Anchor>{' '}
      – vor der Herausgabe Angaben über andere Personen prüfen.
    </Text>
  );
}
