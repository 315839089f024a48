import { PERSONAL_FUNKTIONEN, PERSONAL_QUALIFIKATIONEN } from '@hilfewerk/api';
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { katalogAbfrage } from '../../api/abfragen';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { datumFehler } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { aenderePerson, type Mitarbeiter, nimmPersonAuf, QUALIFIKATION } from './api';

interface Werte extends Record<string, unknown> {
  name: string;
  qualifikation: string | null;
  funktion: string | null;
  berufsjahre: number | string;
  leistung: string | null;
  eintritt: string | null;
  austritt: string | null;
  vk: number | string;
  fuehrungszeugnisAm: string | null;
}

const FELDER = [
  'name',
  'qualifikation',
  'funktion',
  'berufsjahre',
  'leistung',
  'eintritt',
  'austritt',
  'vk',
  'fuehrungszeugnisAm',
];
const FUNKTION = { betreuung: 'Betreuung', leitung: 'Leitung' } as const;

/** VK are agreed in hundredths; one person holds at most one full post (the server says the same). */
export function vkFehler(wert: unknown): string | null {
  if (wert === '' || wert === null || wert === undefined)
    return 'Bitte den Stellenumfang (VK) angeben, z. B. 0,75.';
  const n = Number(wert);
  if (Number.isNaN(n) || n < 0) return 'Der Stellenumfang liegt zwischen 0 und 1,0 VK.';
  if (n > 1) return 'Eine Person hat höchstens 1,0 VK.';
  return null;
}

/**
 * Adds a person to the staff register, or changes one (without the VK, which is dated: VkFormular).
 * Unsaved input survives a reload or an expired session as a draft.
 */
export function PersonFormular({ person, onFertig }: { person?: Mitarbeiter; onFertig?: () => void }) {
  const queryClient = useQueryClient();
  const { data: katalog } = useQuery(katalogAbfrage);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: {
      name: person?.name ?? '',
      qualifikation: person?.qualifikation ?? null,
      funktion: person?.funktion ?? 'betreuung',
      berufsjahre: person?.berufsjahre ?? '',
      leistung: person?.leistung ?? null,
      eintritt: person?.eintritt ?? null,
      austritt: person?.austritt ?? null,
      vk: person ? person.vkHeute : '',
      fuehrungszeugnisAm: person?.fuehrungszeugnisAm ?? null,
    },
    validate: {
      name: (w) => (w.trim() ? null : 'Bitte geben Sie den Namen an.'),
      qualifikation: (w) => (w ? null : 'Bitte eine Qualifikation wählen.'),
      funktion: (w) => (w ? null : 'Bitte eine Funktion wählen.'),
      leistung: (w) => (w ? null : 'Bitte eine Leistung aus dem Katalog wählen.'),
      eintritt: (w) => datumFehler(w, true),
      austritt: (w, alle) =>
        datumFehler(w) ??
        (w && alle.eintritt && w < alle.eintritt ? 'Der Austritt liegt vor dem Eintritt.' : null),
      vk: (w) => (person ? null : vkFehler(w)),
      fuehrungszeugnisAm: (w) => datumFehler(w),
    },
  });
  const entwurf = useEntwurf(person ? `person-bearbeiten:${person.id}` : 'person-neu', form);

  const speichern = useMutation({
    mutationFn: (w: Werte) => {
      const basis = {
        name: w.name.trim(),
        qualifikation: w.qualifikation as Mitarbeiter['qualifikation'],
        funktion: w.funktion as Mitarbeiter['funktion'],
        berufsjahre: w.berufsjahre === '' ? null : Number(w.berufsjahre),
        leistung: w.leistung as string,
        eintritt: w.eintritt as string,
        austritt: w.austritt || null,
        fuehrungszeugnisAm: w.fuehrungszeugnisAm || null,
      };
      return person
        ? aenderePerson(person.id, { ...basis, version: person.version })
        : nimmPersonAuf({ ...basis, vk: Number(w.vk) });
    },
    onSuccess: async () => {
      entwurf.erledigt();
      if (!person) form.reset();
      setMeldungen([]);
      notifications.show({
        color: 'green',
        message: person ? 'Angaben gespeichert.' : 'Person aufgenommen.',
      });
      await queryClient.invalidateQueries({ queryKey: ['personal'] });
      await queryClient.invalidateQueries({ queryKey: ['besetzung'] });
      onFertig?.();
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, FELDER)),
  });

  return (
    <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
      <Stack gap="sm">
        <EntwurfHinweis entwurf={entwurf} />
        {meldungen.length > 0 && (
          <Alert color="red" role="alert" title="Nicht gespeichert">
            {meldungen.join(' ')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <Select
            label="Qualifikation"
            required
            data={PERSONAL_QUALIFIKATIONEN.map((q) => ({ value: q, label: QUALIFIKATION[q] }))}
            {...form.getInputProps('qualifikation')}
          />
          <Select
            label="Funktion"
            required
            allowDeselect={false}
            data={PERSONAL_FUNKTIONEN.map((f) => ({ value: f, label: FUNKTION[f] }))}
            {...form.getInputProps('funktion')}
          />
          <NumberInput
            label="Berufsjahre"
            min={0}
            max={60}
            allowDecimal={false}
            {...form.getInputProps('berufsjahre')}
          />
          <Select
            label="Leistung"
            required
            data={(katalog ?? []).map((l) => ({ value: l.id, label: l.titel }))}
            {...form.getInputProps('leistung')}
          />
          {!person && (
            <NumberInput
              label="Stellenumfang (VK) ab Eintritt"
              required
              min={0}
              max={1}
              clampBehavior="none"
              step={0.05}
              decimalScale={3}
              decimalSeparator=","
              {...form.getInputProps('vk')}
            />
          )}
          <DatumFeld label="Eintritt" required {...form.getInputProps('eintritt')} />
          <DatumFeld label="Austritt" {...form.getInputProps('austritt')} />
          <DatumFeld
            label="Erweitertes Führungszeugnis (§ 72a) vom"
            {...form.getInputProps('fuehrungszeugnisAm')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={speichern.isPending}>
            {person ? 'Angaben speichern' : 'Person aufnehmen'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
