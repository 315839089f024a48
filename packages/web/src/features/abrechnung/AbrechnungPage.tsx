import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFileInvoice, IconLock, IconReceiptRefund } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { Ladefehler } from '../../components/Ladezustand';
import { LinkKnopf } from '../../components/RouterLinks';
import { formatBetrag, formatDatum, formatZeitpunkt } from '../../lib/format';
import { darfIn } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import {
  type AbschlussErgebnis,
  abschluesseAbfrage,
  mengeDe,
  monatLang,
  offeneMonateAbfrage,
  type Rechnung,
  rechnungAbfrage,
  rechnungenAbfrage,
  schliesseMonat,
  schreibeGutschrift,
  type Vorschau,
  vorschauAbfrage,
} from './api';
import { RechnungDateien } from './RechnungDateien';
import { naechsterStatus, StatusAnzeige, StatusDialog } from './RechnungsStatus';
import { rechnungsangabenAbfrage } from './rechnungsangaben-api';

/**
 * Monthly close for Verwaltung and Leitung: choose a month, confirm, and the month's entries are
 * locked and invoiced per Jugendamt. Below, the invoices with PDF and XRechnung, the DATEV export
 * per month, and credit notes — an invoice itself is never edited.
 */
export function AbrechnungPage() {
  useSeitentitel('Abrechnung');
  const sitzung = useQuery(sitzungAbfrage).data;
  const traeger = sitzung?.organisation.art === 'traeger';
  const darfAbschliessen = darfIn(sitzung, 'monatsabschluss', 'anlegen');
  const siehtAbschluesse = traeger && darfIn(sitzung, 'monatsabschluss', 'lesen');
  const darfGutschrift = traeger && darfIn(sitzung, 'rechnung', 'anlegen');
  const darfStatus = traeger && darfIn(sitzung, 'rechnung', 'aendern');
  const abschluesse = useQuery({ ...abschluesseAbfrage, enabled: siehtAbschluesse });
  const rechnungen = useQuery(rechnungenAbfrage);
  const [gutschriftFuer, setGutschriftFuer] = useState<Rechnung | null>(null);
  const [statusFuer, setStatusFuer] = useState<Rechnung | null>(null);
  const angaben = useQuery(rechnungsangabenAbfrage);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Abrechnung</Title>
        {angaben.data && (
          <LinkKnopf to="/abrechnung/rechnungsangaben" variant="default">
            Rechnungsangaben
          </LinkKnopf>
        )}
      </Group>
      {angaben.data && !angaben.data.rechnungenMoeglich && (
        <Alert color="orange" role="alert" title="Rechnungsangaben unvollständig">
          Es fehlen: {angaben.data.fehlt.join(', ')}.{' '}
          {angaben.data.art === 'traeger'
            ? 'Solange sie fehlen, lässt sich kein Monat mit Rechnungen abschließen.'
            : 'Solange sie fehlen, kann Ihnen kein Träger eine E-Rechnung stellen.'}
        </Alert>
      )}
      {traeger && darfAbschliessen && <MonatAbschliessen />}

      {siehtAbschluesse && (
        <Stack gap="xs" component="section" aria-labelledby="abschluesse">
          <Title order={2} size="h3" id="abschluesse">
            Abgeschlossene Monate
          </Title>
          {abschluesse.isError && <Ladefehler fehler={abschluesse.error} />}
          {abschluesse.data?.length === 0 && <Text c="dimmed">Noch kein Monat abgeschlossen.</Text>}
          {(abschluesse.data?.length ?? 0) > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Monat</Table.Th>
                    <Table.Th scope="col">Abgeschlossen</Table.Th>
                    <Table.Th scope="col">Einträge</Table.Th>
                    <Table.Th scope="col">Rechnungen</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Summe
                    </Table.Th>
                    <Table.Th scope="col">Gutschriften</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Netto
                    </Table.Th>
                    <Table.Th scope="col">Export</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(abschluesse.data ?? []).map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{monatLang(a.monat)}</Table.Td>
                      <Table.Td>
                        {formatZeitpunkt(a.abgeschlossenAm)}
                        {a.abgeschlossenVon ? ` von ${a.abgeschlossenVon}` : ''}
                      </Table.Td>
                      <Table.Td>{a.eintraege}</Table.Td>
                      <Table.Td>{a.rechnungen}</Table.Td>
                      <Table.Td ta="right">{formatBetrag(a.summe)}</Table.Td>
                      <Table.Td>
                        {a.gutschriften > 0
                          ? `${a.gutschriften} über ${formatBetrag(a.gutgeschrieben)}`
                          : '–'}
                      </Table.Td>
                      <Table.Td ta="right">{formatBetrag(a.netto)}</Table.Td>
                      <Table.Td>
                        {a.rechnungen > 0 ? (
                          <Stack gap={2}>
                            {a.datevWirtschaftsjahre.map((wj) => (
                              <Anchor
                                key={wj}
                                href={`/api/abschluesse/${a.monat}/datev${a.datevWirtschaftsjahre.length > 1 ? `?wirtschaftsjahr=${wj}` : ''}`}
                                download
                              >
                                DATEV-Export {a.monat}
                                {a.datevWirtschaftsjahre.length > 1 ? ` (Wirtschaftsjahr ${wj})` : ''}
                              </Anchor>
                            ))}
                            {a.datevExportiertAm && (
                              <Text size="xs" c="dimmed">
                                schon exportiert am {formatZeitpunkt(a.datevExportiertAm)}
                              </Text>
                            )}
                          </Stack>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-labelledby="rechnungen">
        <Title order={2} size="h3" id="rechnungen">
          Rechnungen und Gutschriften
        </Title>
        {rechnungen.isError && <Ladefehler fehler={rechnungen.error} />}
        {rechnungen.data?.length === 0 && <Text c="dimmed">Noch keine Rechnungen.</Text>}
        {(rechnungen.data?.length ?? 0) > 0 && (
          <Table.ScrollContainer minWidth={920}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Nummer</Table.Th>
                  <Table.Th scope="col">Datum</Table.Th>
                  <Table.Th scope="col">Jugendamt</Table.Th>
                  <Table.Th scope="col">Zeitraum</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Betrag
                  </Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Dokumente</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(rechnungen.data ?? []).map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {r.nummer}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.art === 'gutschrift' ? `Gutschrift zu ${r.bezugNummer}` : 'Rechnung'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDatum(r.rechnungsdatum)}</Table.Td>
                    <Table.Td>{r.jugendamt.name}</Table.Td>
                    <Table.Td>
                      {formatDatum(r.zeitraumVon)} – {formatDatum(r.zeitraumBis)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.art === 'gutschrift' ? '−' : ''}
                      {formatBetrag(r.summe)}
                      {r.art === 'rechnung' && Number(r.gutgeschrieben) > 0 && (
                        <Text size="xs" c="dimmed">
                          gutgeschrieben {formatBetrag(r.gutgeschrieben)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusAnzeige r={r} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <RechnungDateien r={r} />
                        {traeger && r.art === 'rechnung' && (
                          <GutschriftKnopf
                            rechnung={r}
                            darf={darfGutschrift}
                            oeffnen={() => setGutschriftFuer(r)}
                          />
                        )}
                        {darfStatus && naechsterStatus(r) && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setStatusFuer(r)}
                            aria-label={`${r.nummer} als ${naechsterStatus(r)} markieren`}
                          >
                            {naechsterStatus(r) === 'bezahlt' ? 'Bezahlt …' : 'Versendet …'}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {statusFuer && <StatusDialog rechnung={statusFuer} schliessen={() => setStatusFuer(null)} />}
      {gutschriftFuer && (
        <GutschriftDialog rechnung={gutschriftFuer} schliessen={() => setGutschriftFuer(null)} />
      )}
    </Stack>
  );
}

/**
 * "Gutschrift" stays visible where it cannot be used, disabled with the reason beside it, so nobody
 * wonders where it went: a fully credited invoice has nothing left, and only Verwaltung and Leitung
 * write credit notes.
 */
function GutschriftKnopf({
  rechnung,
  darf,
  oeffnen,
}: {
  rechnung: Rechnung;
  darf: boolean;
  oeffnen: () => void;
}) {
  const grund = !darf
    ? 'Gutschriften schreiben Verwaltung und Leitung.'
    : rechnung.status === 'storniert'
      ? 'Die Rechnung ist vollständig gutgeschrieben.'
      : null;
  return (
    <Stack gap={2}>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconReceiptRefund aria-hidden size={16} />}
        onClick={oeffnen}
        disabled={grund !== null}
        aria-label={`Gutschrift zu ${rechnung.nummer}`}
        aria-describedby={grund ? `gutschrift-grund-${rechnung.id}` : undefined}
      >
        Gutschrift
      </Button>
      {grund && (
        <Text size="xs" c="dimmed" id={`gutschrift-grund-${rechnung.id}`} maw={160}>
          {grund}
        </Text>
      )}
    </Stack>
  );
}

function MonatAbschliessen() {
  const queryClient = useQueryClient();
  const offeneMonate = useQuery(offeneMonateAbfrage);
  const offen = offeneMonate.data ?? [];
  const [monat, setMonat] = useState<string | null>(null);
  const [bestaetigen, setBestaetigen] = useState(false);
  const [ergebnis, setErgebnis] = useState<AbschlussErgebnis | null>(null);
  // Opens on the oldest month still open: a forgotten month is the first thing to see.
  const gewaehlt = monat && offen.includes(monat) ? monat : (offen[0] ?? null);
  const vorschau = useQuery({
    ...vorschauAbfrage(gewaehlt ?? ''),
    enabled: bestaetigen && !!gewaehlt,
  });
  const abschluss = useMutation({
    mutationFn: schliesseMonat,
    onSuccess: (e) => {
      setErgebnis(e);
      setBestaetigen(false);
      void queryClient.invalidateQueries({ queryKey: ['abschluesse'] });
      void queryClient.invalidateQueries({ queryKey: ['rechnungen'] });
    },
    onError: () => setBestaetigen(false),
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby="abschliessen">
      <Title order={2} size="h3" id="abschliessen">
        Monat abschließen
      </Title>
      <Text size="sm">
        Der Abschluss sperrt alle Leistungseinträge des Monats und erzeugt je Jugendamt eine Rechnung mit
        fortlaufender Nummer. Er lässt sich nicht zurücknehmen; Korrekturen laufen über Gutschriften.
      </Text>
      {offeneMonate.isError && <Ladefehler fehler={offeneMonate.error} />}
      {offeneMonate.data?.length === 0 && <Text c="dimmed">Alle vergangenen Monate sind abgeschlossen.</Text>}
      <Group align="flex-end">
        <Select
          label="Monat"
          description={offen.length > 1 ? `${offen.length} Monate offen, der älteste zuerst` : undefined}
          data={offen.map((m) => ({ value: m, label: monatLang(m) }))}
          value={gewaehlt}
          onChange={setMonat}
          allowDeselect={false}
          w={240}
        />
        <Button
          leftSection={<IconLock aria-hidden size={18} />}
          disabled={!gewaehlt}
          onClick={() => {
            setErgebnis(null);
            abschluss.reset();
            setBestaetigen(true);
          }}
        >
          Monat abschließen …
        </Button>
      </Group>
      {abschluss.isPending && (
        <Group role="status" gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Einträge werden gesperrt und Rechnungen erzeugt …</Text>
        </Group>
      )}
      {abschluss.isError && (
        <Alert color="red" role="alert" title="Nicht abgeschlossen">
          {abschluss.error instanceof Error ? abschluss.error.message : 'Der Abschluss ist fehlgeschlagen.'}
        </Alert>
      )}
      {ergebnis && (
        <Alert
          color="green"
          role="status"
          title={`${monatLang(ergebnis.monat)} abgeschlossen`}
          icon={<IconFileInvoice aria-hidden />}
        >
          {ergebnis.eintraege} Einträge gesperrt,{' '}
          {ergebnis.rechnungen.length === 0
            ? 'keine Rechnung (nichts abzurechnen).'
            : `${ergebnis.rechnungen.length} Rechnung(en): ${ergebnis.rechnungen
                .map((r) => `${r.nummer} an ${r.jugendamt} über ${formatBetrag(r.summe)}`)
                .join('; ')}.`}
        </Alert>
      )}
      <Modal
        opened={bestaetigen}
        onClose={() => setBestaetigen(false)}
        title={gewaehlt ? `${monatLang(gewaehlt)} abschließen?` : ''}
        size="xl"
        centered
      >
        <Stack>
          <Text size="sm">
            So sieht der Abschluss aus. Alle Leistungseinträge des Monats werden gesperrt und diese Rechnungen
            erzeugt; danach kann niemand mehr Stunden in diesem Monat erfassen oder ändern.
          </Text>
          {vorschau.isPending && (
            <Group role="status" gap="xs">
              <Loader size="sm" aria-hidden />
              <Text size="sm">Vorschau wird berechnet …</Text>
            </Group>
          )}
          {vorschau.isError && <Ladefehler fehler={vorschau.error} />}
          {vorschau.data && <VorschauTabelle vorschau={vorschau.data} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setBestaetigen(false)}>
              Abbrechen
            </Button>
            <Button
              color="red"
              loading={abschluss.isPending}
              disabled={!vorschau.data?.abschliessbar}
              aria-describedby={
                vorschau.data && !vorschau.data.abschliessbar ? 'abschluss-hindernisse' : undefined
              }
              onClick={() => gewaehlt && abschluss.mutate(gewaehlt)}
            >
              Jetzt abschließen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The preview of a close: per Jugendamt what will be invoiced, its warnings, and what blocks the close. */
function VorschauTabelle({ vorschau }: { vorschau: Vorschau }) {
  const warnungen = vorschau.jugendaemter.flatMap((j) => j.warnungen);
  return (
    <Stack gap="xs">
      {vorschau.hindernisse.length > 0 && (
        <Alert color="red" title="So lässt sich der Monat nicht abschließen" id="abschluss-hindernisse">
          {vorschau.hindernisse.map((h) => (
            <Text key={h} size="sm">
              {h}
            </Text>
          ))}
        </Alert>
      )}
      {vorschau.jugendaemter.length === 0 ? (
        <Text size="sm">
          Keine Rechnung: im Monat ist nichts abzurechnen. {vorschau.eintraege} Einträge werden gesperrt.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Caption>
              {vorschau.eintraege} Einträge werden gesperrt; Rechnungen über {formatBetrag(vorschau.summe)}.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Jugendamt</Table.Th>
                <Table.Th scope="col" ta="right">
                  Einträge
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Direkte Stunden
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Positionen
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Betrag
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vorschau.jugendaemter.map((j) => (
                <Table.Tr key={j.leitwegId}>
                  <Table.Td>{j.jugendamt}</Table.Td>
                  <Table.Td ta="right">{j.eintraege}</Table.Td>
                  <Table.Td ta="right">{mengeDe(j.stunden)}</Table.Td>
                  <Table.Td ta="right">{j.positionen}</Table.Td>
                  <Table.Td ta="right">{formatBetrag(j.summe)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {warnungen.length > 0 && (
        <Alert color="yellow" title="Bitte vor dem Abschluss prüfen">
          {warnungen.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}

function GutschriftDialog({ rechnung, schliessen }: { rechnung: Rechnung; schliessen: () => void }) {
  const queryClient = useQueryClient();
  const details = useQuery(rechnungAbfrage(rechnung.id));
  const [umfang, setUmfang] = useState<'ganz' | 'positionen'>('ganz');
  const [grund, setGrund] = useState('');
  const [mengen, setMengen] = useState<Record<number, string>>({});
  const gutschrift = useMutation({
    mutationFn: () =>
      schreibeGutschrift(rechnung.id, {
        grund,
        ...(umfang === 'positionen'
          ? {
              positionen: Object.entries(mengen)
                .filter(([, m]) => m.trim() !== '')
                .map(([nr, m]) => ({ nr: Number(nr), menge: m.trim().replace(',', '.') })),
            }
          : {}),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['rechnungen'] });
      schliessen();
    },
  });
  const fehler = gutschrift.error as (Error & { felder?: Record<string, string> }) | null;

  return (
    <Modal opened onClose={schliessen} title={`Gutschrift zu ${rechnung.nummer}`} size="lg" centered>
      <Stack>
        <Text size="sm">
          Die Rechnung bleibt unverändert; die Gutschrift bekommt eine eigene Nummer und nennt die Rechnung.
        </Text>
        <Textarea
          label="Grund der Korrektur"
          required
          value={grund}
          onChange={(e) => setGrund(e.currentTarget.value)}
        />
        <SegmentedControl
          aria-label="Umfang der Gutschrift"
          value={umfang}
          onChange={(v) => setUmfang(v as 'ganz' | 'positionen')}
          data={[
            { value: 'ganz', label: 'Ganze Rechnung' },
            { value: 'positionen', label: 'Einzelne Positionen' },
          ]}
        />
        {umfang === 'positionen' && details.data?.positionen && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Pos.</Table.Th>
                <Table.Th scope="col">Aktenzeichen</Table.Th>
                <Table.Th scope="col">Menge</Table.Th>
                <Table.Th scope="col">Gutschreiben</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {details.data.positionen.map((p) => (
                <Table.Tr key={p.nr}>
                  <Table.Td>{p.nr}</Table.Td>
                  <Table.Td>{p.aktenzeichenJugendamt}</Table.Td>
                  <Table.Td>
                    {mengeDe(p.menge)} {p.einheit} à {formatBetrag(p.satz)}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Menge für Position ${p.nr}`}
                      placeholder="z. B. 1,5"
                      value={mengen[p.nr] ?? ''}
                      onChange={(e) => setMengen({ ...mengen, [p.nr]: e.currentTarget.value })}
                      w={110}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {fehler && (
          <Alert color="red" role="alert" title="Nicht gespeichert">
            {fehler.message}
            {Object.values(fehler.felder ?? {}).map((m) => (
              <Text key={m} size="sm">
                {m}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={schliessen}>
            Abbrechen
          </Button>
          <Button
            onClick={() => gutschrift.mutate()}
            loading={gutschrift.isPending}
            disabled={!grund.trim()}
            aria-describedby={!grund.trim() ? 'gutschrift-grund-fehlt' : undefined}
          >
            Gutschrift erstellen
          </Button>
        </Group>
        {!grund.trim() && (
          <Text size="sm" c="dimmed" ta="right" id="gutschrift-grund-fehlt">
            „Gutschrift erstellen“ ist möglich, sobald der Grund der Korrektur eingetragen ist: er steht auf
            der Gutschrift.
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
