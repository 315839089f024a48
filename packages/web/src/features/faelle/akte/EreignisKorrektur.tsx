import type { Ereignis, EreignisArt, Fall, EreignisKorrektur as Korrektur } from '@hilfewerk/api';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fallGeaendert } from '../../../api/abfragen';
import { ApiFehler } from '../../../api/client';
import { korrigiereEreignis } from '../../../api/ereignisse';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { KonfliktHinweis } from '../../../components/KonfliktHinweis';
import { ereignisArten } from '../../../lib/beschriftungen';
import { datumFehler } from '../../../lib/datumseingabe';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { formatDatum } from '../../../lib/format';
import { useSchmal } from '../../../lib/schmal';
import { EreignisFelder, type EreignisWerte } from './EreignisFelder';

type Werte = EreignisWerte;

const FELDER = ['art', 'datum', 'hilfeId', 'bekanntSeit', 'notiz'] as const;

const werteAus = (e: Ereignis): Werte => ({
  art: e.art,
  datum: e.datum,
  hilfeId: e.hilfeId,
  bekanntSeit: e.bekanntSeit,
  notiz: e.notiz ?? '',
});

/** Only what the user changed goes to the server, so the audit row names exactly those fields. */
function aenderungen(vorher: Werte, werte: Werte, version: number): Korrektur {
  const k: Korrektur = { version };
  if (werte.art !== vorher.art && werte.art) k.art = werte.art;
  if (werte.datum !== vorher.datum && werte.datum) k.datum = werte.datum;
  if (werte.hilfeId !== vorher.hilfeId) k.hilfeId = werte.hilfeId || null;
  if (werte.bekanntSeit !== vorher.bekanntSeit) k.bekanntSeit = werte.bekanntSeit || null;
  if (werte.notiz.trim() !== vorher.notiz.trim()) k.notiz = werte.notiz.trim() || null;
  return k;
}

/**
 * Corrects a recorded event (a mistyped date, the wrong kind). The change is logged with the changed
 * fields, and the deadlines follow it; a change saved meanwhile by someone else is shown side by side.
 */
export function EreignisKorrektur({
  fall,
  ereignis,
  onClose,
}: {
  fall: Fall;
  ereignis: Ereignis;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const schmal = useSchmal();
  const [basis, setBasis] = useState(ereignis);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [konflikt, setKonflikt] = useState<Ereignis | null>(null);
  const form = useForm<Werte>({
    initialValues: werteAus(ereignis),
    validate: {
      art: (wert) => (wert ? null : 'Bitte wählen Sie die Art des Ereignisses.'),
      datum: (wert) => datumFehler(wert, true),
      bekanntSeit: (wert) => datumFehler(wert),
    },
  });
  const entwurf = useEntwurf(`ereignis:${ereignis.id}`, form);

  const speichern = useMutation({
    mutationFn: ({ werte, stand }: { werte: Werte; stand: Ereignis }) =>
      korrigiereEreignis(fall.id, ereignis.id, aenderungen(werteAus(stand), werte, stand.version)),
    onSuccess: async () => {
      entwurf.erledigt();
      notifications.show({ color: 'green', message: 'Ereignis korrigiert. Die Fristen sind neu berechnet.' });
      await fallGeaendert(queryClient, fall.id);
      onClose();
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler && fehler.status === 409 && fehler.aktuell) {
        setKonflikt(fehler.aktuell as Ereignis);
        setMeldungen([]);
        return;
      }
      setMeldungen(zeigeServerfehler(form, fehler, [...FELDER]));
    },
  });
  const art = (w: unknown) => (typeof w === 'string' ? (ereignisArten[w as EreignisArt] ?? w) : '–');
  const datum = (w: unknown) => formatDatum(typeof w === 'string' ? w : null);

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Ereignis korrigieren: ${formatDatum(ereignis.datum)}`}
      size="lg"
      fullScreen={schmal}
    >
      <form onSubmit={form.onSubmit((werte) => speichern.mutate({ werte, stand: basis }))} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            Die Korrektur wird mit Ihrem Namen und den geänderten Feldern protokolliert. Fristen, die von
            diesem Ereignis abhängen oder durch es erledigt wurden, werden neu berechnet.
          </Text>
          <EntwurfHinweis entwurf={entwurf} />
          {konflikt && (
            <KonfliktHinweis
              felder={[
                { name: 'art', beschriftung: 'Art', format: art },
                { name: 'datum', beschriftung: 'Datum', format: datum },
                { name: 'bekanntSeit', beschriftung: 'Termin bekannt seit', format: datum },
                { name: 'notiz', beschriftung: 'Notiz' },
              ]}
              aktuell={werteAus(konflikt)}
              eigene={form.values}
              onBehalten={() => {
                setBasis(konflikt);
                setKonflikt(null);
                speichern.mutate({ werte: form.values, stand: konflikt });
              }}
              onUebernehmen={() => {
                setBasis(konflikt);
                form.setValues(werteAus(konflikt));
                setKonflikt(null);
              }}
            />
          )}
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <EreignisFelder form={form} fall={fall} />
          <Textarea label="Notiz" autosize minRows={2} {...form.getInputProps('notiz')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Abbrechen
            </Button>
            <Button type="submit" loading={speichern.isPending}>
              Korrektur speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
