import { Alert, Button, Fieldset, Group, Modal, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { useEntwurf } from '../../lib/entwurf';
import { aendereBericht, type Bericht } from './api';
import { BerichtAnsicht } from './BerichtAnsicht';
import { BerichtSenden } from './BerichtSenden';
import { abschnitteVon, alsText } from './bericht-abschnitte';
import { meldeErfolg } from './melde';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

/**
 * A draft report, edited section by section. Unsaved typing survives a reload or an expired session
 * (`useEntwurf`); saving sends the version it started from, so a colleague's newer save is not overwritten (409).
 */
export function BerichtBearbeiten({
  b,
  fallId,
  onClose,
}: {
  b: Bericht;
  fallId: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const abschnitte = abschnitteVon(b.inhalt);
  const form = useForm<Record<string, string>>({
    initialValues: Object.fromEntries(abschnitte.map(([s]) => [s, alsText(b.inhalt[s])])),
  });
  const entwurf = useEntwurf(`bericht:${b.id}`, form);
  const [fehler, setFehler] = useState<string | null>(null);
  const [vorschau, setVorschau] = useState(false);
  const [senden, setSenden] = useState<Bericht | null>(null);
  // The version this editor last saw: two saves in a row must not trip over the list's refetch.
  const [version, setVersion] = useState(b.version);
  const speichern = useMutation({
    mutationFn: (werte: Record<string, string>) => aendereBericht(b.id, werte, version),
    onSuccess: async (neu) => {
      setVersion(neu.version);
      entwurf.erledigt();
      form.resetDirty();
      setFehler(null);
      meldeErfolg(`${b.titel} gespeichert.`);
      await queryClient.invalidateQueries({ queryKey: ['berichte', b.hilfeId] });
      return neu;
    },
    onError: (f) => setFehler(meldung(f)),
  });
  // Send what the Jugendamt would read: unsaved changes are saved first.
  const speichernUndSenden = async () => {
    const neu = form.isDirty()
      ? await speichern.mutateAsync(form.values).catch(() => null)
      : { ...b, version };
    if (neu) setSenden(neu);
  };
  return (
    <Fieldset legend={`${b.titel} bearbeiten`}>
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <EntwurfHinweis entwurf={entwurf} />
        {fehler && (
          <Alert color="red" role="alert" my="sm">
            {fehler}
          </Alert>
        )}
        {abschnitte.map(([s, titel]) => (
          <Textarea key={s} label={titel} autosize minRows={3} mt="sm" {...form.getInputProps(s)} />
        ))}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Schließen
          </Button>
          <Button variant="default" onClick={() => setVorschau(true)}>
            Vorschau
          </Button>
          <Button type="submit" variant="default" loading={speichern.isPending}>
            Speichern
          </Button>
          <Button onClick={() => void speichernUndSenden()}>An das Jugendamt senden</Button>
        </Group>
      </form>
      {vorschau && (
        <Modal opened onClose={() => setVorschau(false)} title="Vorschau" size="xl">
          <BerichtAnsicht titel={b.titel} inhalt={form.values} />
        </Modal>
      )}
      {senden && <BerichtSenden b={senden} fallId={fallId} onClose={() => setSenden(null)} />}
    </Fieldset>
  );
}
