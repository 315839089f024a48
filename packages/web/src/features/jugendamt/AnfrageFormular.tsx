import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { katalogAbfrage } from '../../api/abfragen';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { type Empfehlung, sendeAnfrage, traegerAbfrage } from './api';
import { meldeErfolg } from './melde';
import { ZusageHerkunft } from './ZusageHerkunft';

interface Werte extends Record<string, unknown> {
  traegerId: string | null;
  leistung: string | null;
  variante: string | null;
  vorname: string;
  nachname: string;
  geburtsdatum: string | null;
  beginn: string | null;
  umfangStundenMonat: number | string;
  empfehlung: Empfehlung | 'keine';
  kinderschutzrelevant: boolean;
  anlass: string;
  aktenzeichenJugendamt: string;
  herkunft: string | null;
  herkunftText: string;
}

const FELDER = [
  'traegerId',
  'leistung',
  'variante',
  'jungerMensch',
  'beginn',
  'umfangStundenMonat',
  'empfehlung',
  'kinderschutzrelevant',
  'anlass',
  'aktenzeichenJugendamt',
  'herkunft',
  'herkunftText',
];

const pflicht = (was: string) => (wert: unknown) =>
  typeof wert === 'string' && wert.trim() !== '' ? null : `Bitte geben Sie ${was} an.`;

/** The ASD's Anfrageformular: which provider, which Leistung, the young person, the recommendation. */
export function AnfrageFormular() {
  const queryClient = useQueryClient();
  const { data: traeger = [] } = useQuery(traegerAbfrage);
  const { data: katalog = [] } = useQuery(katalogAbfrage);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: {
      traegerId: null,
      leistung: null,
      variante: null,
      vorname: '',
      nachname: '',
      geburtsdatum: null,
      beginn: null,
      umfangStundenMonat: '',
      empfehlung: 'keine',
      kinderschutzrelevant: false,
      anlass: '',
      aktenzeichenJugendamt: '',
      herkunft: null,
      herkunftText: '',
    },
    validate: {
      traegerId: (w) => (w ? null : 'Bitte wählen Sie einen Träger.'),
      leistung: (w) => (w ? null : 'Bitte wählen Sie eine Leistung.'),
      vorname: pflicht('den Vornamen'),
      nachname: pflicht('den Nachnamen'),
      geburtsdatum: (w) => datumFehler(w, true),
      beginn: (w) => datumFehler(w, true),
      anlass: pflicht('den Anlass'),
    },
  });
  const gewaehlt = traeger.find((t) => t.id === form.values.traegerId);
  const leistung = katalog.find((k) => k.id === form.values.leistung);

  const senden = useMutation({
    mutationFn: (w: Werte) =>
      sendeAnfrage({
        traegerId: w.traegerId as string,
        leistung: w.leistung as string,
        variante: w.variante,
        jungerMensch: { vorname: w.vorname, nachname: w.nachname, geburtsdatum: w.geburtsdatum as string },
        beginn: w.beginn as string,
        umfangStundenMonat: w.umfangStundenMonat === '' ? null : Number(w.umfangStundenMonat),
        empfehlung: w.empfehlung === 'keine' ? null : w.empfehlung,
        kinderschutzrelevant: w.kinderschutzrelevant,
        anlass: w.anlass,
        aktenzeichenJugendamt: w.aktenzeichenJugendamt.trim() || null,
        ...(leistung?.anschluss ? { herkunft: w.herkunft, herkunftText: w.herkunftText.trim() || null } : {}),
      }),
    onSuccess: async () => {
      form.reset();
      setMeldungen([]);
      meldeErfolg('Anfrage gesendet.');
      await queryClient.invalidateQueries({ queryKey: ['anfragen'] });
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, FELDER)),
  });

  return (
    <form onSubmit={form.onSubmit((w) => senden.mutate(w))} noValidate>
      <Fieldset legend="Neue Anfrage an einen Träger">
        {meldungen.length > 0 && (
          <Alert color="red" role="alert" mb="sm" title="Nicht gesendet">
            {meldungen.join(' ')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Select
            label="Träger"
            required
            data={traeger.map((t) => ({ value: t.id, label: t.name }))}
            {...form.getInputProps('traegerId')}
            onChange={(w) => {
              form.setFieldValue('traegerId', w);
              form.setFieldValue('leistung', null);
              form.setFieldValue('variante', null);
            }}
          />
          <Select
            label="Leistung"
            required
            disabled={!gewaehlt}
            data={(gewaehlt?.leistungen ?? []).map((l) => ({
              value: l,
              label: katalog.find((k) => k.id === l)?.titel ?? l,
            }))}
            {...form.getInputProps('leistung')}
            onChange={(w) => {
              form.setFieldValue('leistung', w);
              form.setFieldValue('variante', null);
              form.setFieldValue('herkunft', null);
              form.setFieldValue('herkunftText', '');
            }}
          />
          {leistung && leistung.varianten.length > 0 && (
            <Select
              label="Variante"
              required
              data={leistung.varianten.map((v) => ({ value: v.id, label: v.titel }))}
              {...form.getInputProps('variante')}
            />
          )}
          <TextInput label="Vorname des jungen Menschen" required {...form.getInputProps('vorname')} />
          <TextInput label="Nachname des jungen Menschen" required {...form.getInputProps('nachname')} />
          <DatumFeld label="Geburtsdatum" required {...form.getInputProps('geburtsdatum')} />
          <DatumFeld label="Gewünschter Beginn" required {...form.getInputProps('beginn')} />
          <NumberInput
            label="Umfang (Stunden im Monat)"
            // Only the Trägerbudget ignores the requested hours (the case takes none, accept-anfrage.ts);
            // for any other Leistung the hint would mislead.
            description={
              form.values.leistung === 'bremerhaven-ambulant'
                ? 'Im Trägerbudget Bremerhaven nicht bindend'
                : undefined
            }
            min={0}
            decimalSeparator=","
            {...form.getInputProps('umfangStundenMonat')}
          />
          <TextInput label="Aktenzeichen Jugendamt" {...form.getInputProps('aktenzeichenJugendamt')} />
        </SimpleGrid>
        {leistung?.anschluss && (
          <ZusageHerkunft
            eintrag={leistung}
            pflicht={false}
            wert={{ herkunft: form.values.herkunft, herkunftText: form.values.herkunftText }}
            onChange={(h) => {
              form.setFieldValue('herkunft', h.herkunft);
              form.setFieldValue('herkunftText', h.herkunftText);
            }}
            fehler={form.errors}
          />
        )}
        <Radio.Group label="Empfehlung zum Personaleinsatz" mt="sm" {...form.getInputProps('empfehlung')}>
          <Group mt={4}>
            <Radio value="keine" label="keine" />
            <Radio value="fachkraft" label="Fachkraft" />
            <Radio value="semiprofessionell" label="semiprofessionelle Kraft" />
          </Group>
        </Radio.Group>
        <Checkbox
          mt="sm"
          label="Kinderschutzrelevant (die Empfehlung ist dann bindend)"
          {...form.getInputProps('kinderschutzrelevant', { type: 'checkbox' })}
        />
        <Textarea
          label="Anlass und Auftrag"
          required
          autosize
          minRows={3}
          mt="sm"
          {...form.getInputProps('anlass')}
        />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={senden.isPending}>
            Anfrage senden
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
