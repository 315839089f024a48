import { Alert, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatZeitpunkt } from '../../lib/format';
import {
  jahresberichtTexteAbfrage,
  sendeJahresbericht,
  speichereTexte,
  type JahresberichtTexte as Texte,
  type TexteWerte,
} from './api';

const ABSCHNITTE = [
  { feld: 'einleitung', label: 'Einleitung' },
  { feld: 'entwicklungen', label: 'Entwicklungen im Jahr' },
  { feld: 'ausblick', label: 'Ausblick' },
] as const;

/** The report section: the Leitung's own words for the year's report, and sending it to a Jugendamt. */
export function JahresberichtTexte({ jahr }: { jahr: number }) {
  const abfrage = useQuery(jahresberichtTexteAbfrage(jahr));
  return (
    <Stack component="section" aria-labelledby="jahresbericht-texte" gap="sm">
      <Title order={2} size="h3" id="jahresbericht-texte">
        Texte des Jahresberichts {jahr}
      </Title>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data && <Formular key={`${jahr}:${abfrage.data.version}`} t={abfrage.data} />}
    </Stack>
  );
}

function Formular({ t }: { t: Texte }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [an, setAn] = useState<string | null>(t.empfaenger.length === 1 ? t.empfaenger[0].id : null);
  const form = useForm<TexteWerte>({ initialValues: t.texte });
  const entwurf = useEntwurf(`jahresbericht-texte:${t.jahr}`, form);
  const gesendet = t.gesendetAm !== null;
  const { erledigt } = entwurf;
  // A sent year keeps no draft: nothing could be saved any more.
  useEffect(() => {
    if (gesendet) erledigt();
  }, [gesendet, erledigt]);
  const neu = async () =>
    queryClient.invalidateQueries({ queryKey: ['kennzahlen', 'bericht-texte', t.jahr] });
  const speichern = useMutation({
    mutationFn: (w: TexteWerte) => speichereTexte(t.jahr, t.version, w),
    onSuccess: async () => {
      entwurf.erledigt();
      setMeldungen([]);
      await neu();
      notifications.show({ color: 'green', message: 'Texte gespeichert.' });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['einleitung', 'entwicklungen', 'ausblick'])),
  });
  const senden = useMutation({
    mutationFn: (jugendamtId: string) => sendeJahresbericht(t.jahr, jugendamtId),
    onSuccess: async () => {
      await neu();
      notifications.show({ color: 'green', message: 'Jahresbericht an das Jugendamt gesendet.' });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, [])),
  });
  if (gesendet) {
    return (
      <Stack gap="xs">
        <Alert color="blue">
          Gesendet am {formatZeitpunkt(t.gesendetAm)} an {t.gesendetAn?.name}. Die Texte bleiben wie gesendet.
        </Alert>
        {ABSCHNITTE.map((a) => (
          <Stack key={a.feld} gap={2}>
            <Text fw={600}>{a.label}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{t.texte[a.feld] || '–'}</Text>
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <EntwurfHinweis entwurf={entwurf} />
      {meldungen.length > 0 && (
        <Alert color="red" role="alert">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          {ABSCHNITTE.map((a) => (
            <Textarea key={a.feld} label={a.label} autosize minRows={3} {...form.getInputProps(a.feld)} />
          ))}
          <Button type="submit" loading={speichern.isPending} w="fit-content">
            Texte speichern
          </Button>
        </Stack>
      </form>
      <Group align="flex-end">
        <Select
          label="Jugendamt"
          w={360}
          allowDeselect={false}
          data={t.empfaenger.map((e) => ({ value: e.id, label: e.name }))}
          value={an}
          onChange={setAn}
          nothingFoundMessage="Kein Jugendamt hat Hilfen bei Ihnen belegt."
        />
        <Button
          variant="outline"
          disabled={!an || form.isDirty()}
          loading={senden.isPending}
          onClick={() => an && senden.mutate(an)}
        >
          An das Jugendamt senden
        </Button>
      </Group>
      {form.isDirty() && (
        <Text size="sm" c="dimmed">
          Bitte speichern Sie die Texte vor dem Senden.
        </Text>
      )}
    </Stack>
  );
}
