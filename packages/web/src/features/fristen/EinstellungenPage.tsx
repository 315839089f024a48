import { Alert, Button, CopyButton, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { erstelleKalenderAbo, setzeErinnerungTage, widerrufeKalenderAbo } from '../../api/fristen';
import { Ladefehler } from '../../components/Ladezustand';
import { formatZeitpunkt } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { erinnerungenAbfrage, kalenderAboAbfrage } from './abfragen';

/** Reminder lead time and the personal calendar feed (secret address, shown once, revocable). */
export function EinstellungenPage() {
  useSeitentitel('Erinnerungen und Kalender-Abo');
  return (
    <Stack gap="xl" maw={760}>
      <Title order={1}>Erinnerungen und Kalender-Abo</Title>
      <Erinnerung />
      <KalenderAbo />
    </Stack>
  );
}

function Erinnerung() {
  const queryClient = useQueryClient();
  const abfrage = useQuery(erinnerungenAbfrage);
  const [tage, setTage] = useState<number | string>('');
  useEffect(() => {
    if (abfrage.data) setTage(abfrage.data.erinnerungTage);
  }, [abfrage.data]);
  const speichern = useMutation({
    mutationFn: () => setzeErinnerungTage(Number(tage)),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: 'Erinnerung gespeichert.' });
      await queryClient.invalidateQueries({ queryKey: ['fristen'] });
    },
  });
  const gueltig = Number.isInteger(Number(tage)) && Number(tage) >= 0 && Number(tage) <= 90 && tage !== '';
  return (
    <Stack component="section" aria-labelledby="erinnerung-titel" gap="xs">
      <Title order={2} id="erinnerung-titel">
        Erinnerungen
      </Title>
      <Text size="sm">
        Erinnerungen erscheinen hier in Hilfewerk: Nach der Anmeldung steht auf jeder Seite oben ein Hinweis
        auf überfällige Fristen und auf Fristen, die in den gewählten Tagen fällig werden, mit einem Link zu
        „Meine Fristen“. Hilfewerk verschickt keine E-Mails. Wer die Fristen im eigenen Kalender sehen möchte,
        richtet unten das Kalender-Abonnement ein; dort erinnert der Kalender nach seinen eigenen
        Einstellungen.
      </Text>
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (gueltig) speichern.mutate();
        }}
      >
        <Group align="flex-end">
          <NumberInput
            label="Hinweis zeigen, wenn eine Frist fällig wird in (Tagen)"
            min={0}
            max={90}
            allowDecimal={false}
            value={tage}
            onChange={setTage}
            error={!gueltig && tage !== '' ? 'Bitte eine ganze Zahl von 0 bis 90 angeben.' : undefined}
            w="100%"
            maw={340}
          />
          <Button type="submit" disabled={!gueltig} loading={speichern.isPending}>
            Speichern
          </Button>
        </Group>
      </form>
      {speichern.isError && (
        <Alert color="red" role="alert">
          {speichern.error.message}
        </Alert>
      )}
    </Stack>
  );
}

function KalenderAbo() {
  const queryClient = useQueryClient();
  const abo = useQuery(kalenderAboAbfrage);
  const [url, setUrl] = useState<string | null>(null);
  const erzeugen = useMutation({
    mutationFn: erstelleKalenderAbo,
    onSuccess: async (antwort) => {
      setUrl(antwort.url);
      await queryClient.invalidateQueries({ queryKey: kalenderAboAbfrage.queryKey });
    },
  });
  const widerrufen = useMutation({
    mutationFn: widerrufeKalenderAbo,
    onSuccess: async () => {
      setUrl(null);
      notifications.show({ color: 'green', message: 'Kalender-Abonnement widerrufen.' });
      await queryClient.invalidateQueries({ queryKey: kalenderAboAbfrage.queryKey });
    },
  });
  return (
    <Stack component="section" aria-labelledby="abo-titel" gap="xs">
      <Title order={2} id="abo-titel">
        Kalender-Abonnement (iCal)
      </Title>
      <Text size="sm">
        Ihre Fristen als Kalender zum Abonnieren, z. B. in Outlook oder Thunderbird. Der Kalender enthält nur
        Aktenzeichen und Frist, keine Namen. Wer die Adresse kennt, kann ihn lesen: geben Sie sie nicht
        weiter. Sie wird nur einmal angezeigt; eine neue Adresse macht die alte ungültig.
      </Text>
      {abo.isError && <Ladefehler fehler={abo.error} />}
      <Text role="status" size="sm">
        {abo.data?.aktiv
          ? `Ein Abonnement besteht seit ${formatZeitpunkt(abo.data.erstelltAm)}.`
          : abo.isPending
            ? ''
            : 'Kein Abonnement eingerichtet.'}
      </Text>
      {url && (
        <Group align="flex-end">
          <TextInput
            label="Adresse Ihres Kalenders"
            value={url}
            readOnly
            w="100%"
            maw={520}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? 'Kopiert' : 'Adresse kopieren'}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      <Group>
        <Button onClick={() => erzeugen.mutate()} loading={erzeugen.isPending}>
          {abo.data?.aktiv ? 'Neue Adresse erzeugen' : 'Kalender-Adresse erzeugen'}
        </Button>
        {abo.data?.aktiv && (
          <Button
            color="red"
            variant="light"
            onClick={() => widerrufen.mutate()}
            loading={widerrufen.isPending}
          >
            Abonnement widerrufen
          </Button>
        )}
      </Group>
      {(erzeugen.isError || widerrufen.isError) && (
        <Alert color="red" role="alert">
          {(erzeugen.error ?? widerrufen.error)?.message}
        </Alert>
      )}
    </Stack>
  );
}
