import type { Hilfe, KatalogEintrag } from '@hilfewerk/api';
import { BEENDIGUNG_TEXT } from '@hilfewerk/api';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { katalogAbfrage } from '../../../api/abfragen';
import { LinkAnker, LinkKnopf } from '../../../components/RouterLinks';
import { formatBetrag, formatDatum } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { BerichteAbschnitt } from '../../jugendamt/BerichteAbschnitt';
import { HilfeplanAbschnitt } from '../../jugendamt/HilfeplanAbschnitt';
import { MitteilungAnJugendamt } from '../../jugendamt/MitteilungAnJugendamt';
import { leistungsTitel } from '../katalogtexte';

function Angabe({ name, wert }: { name: string; wert: string }) {
  return (
    <>
      <Text component="dt" size="sm" fw={600}>
        {name}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {wert}
      </Text>
    </>
  );
}

/** What an LT 11 Hilfe follows, in words: the linked stationary Hilfe or the recorded origin. */
function anschlussText(hilfe: Hilfe, hilfen: Hilfe[], katalog: KatalogEintrag[] | undefined): string {
  const vorgaenger = hilfen.find((h) => h.id === hilfe.vorgaengerHilfeId);
  if (vorgaenger) {
    return `${leistungsTitel(katalog, vorgaenger.leistung, vorgaenger.variante)} bis ${formatDatum(
      vorgaenger.tatsaechlichesEnde ?? vorgaenger.geplantesEnde,
    )}`;
  }
  const liste = katalog?.find((e) => e.id === hilfe.leistung)?.anschluss?.herkunft ?? [];
  const art = liste.find((h) => h.id === hilfe.herkunft)?.text ?? hilfe.herkunft ?? '';
  return hilfe.herkunftText ? `${art}: ${hilfe.herkunftText}` : art;
}

export function HilfenAbschnitt({ fallId, hilfen }: { fallId: string; hilfen: Hilfe[] }) {
  const { data: katalog } = useQuery(katalogAbfrage);
  const darf = useDarf();
  return (
    <Stack component="section" aria-labelledby="hilfen-titel" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="hilfen-titel">
          Hilfen
        </Title>
        {darf('hilfe', 'anlegen') && (
          <LinkKnopf
            to="/faelle/$fallId/hilfen/neu"
            params={{ fallId }}
            variant="default"
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            Hilfe hinzufügen
          </LinkKnopf>
        )}
      </Group>
      {hilfen.length === 0 && <Text>Noch keine Hilfe erfasst.</Text>}
      {hilfen.map((hilfe) => (
        <Card
          key={hilfe.id}
          withBorder
          component="article"
          aria-label={leistungsTitel(katalog, hilfe.leistung, hilfe.variante)}
        >
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {leistungsTitel(katalog, hilfe.leistung, hilfe.variante)}
            </Title>
            {darf('hilfe', 'aendern') && (
              <LinkAnker to="/faelle/$fallId/hilfen/$hilfeId" params={{ fallId, hilfeId: hilfe.id }}>
                Hilfe bearbeiten
              </LinkAnker>
            )}
          </Group>
          <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={2} m={0}>
            <Angabe name="Rechtsgrundlage" wert={hilfe.rechtsgrundlage} />
            <Angabe name="Jugendamt" wert={hilfe.jugendamt?.name ?? '–'} />
            <Angabe name="Aktenzeichen Jugendamt" wert={hilfe.aktenzeichenJugendamt || '–'} />
            <Angabe name="Beginn" wert={formatDatum(hilfe.beginn)} />
            <Angabe name="Geplantes Ende" wert={formatDatum(hilfe.geplantesEnde)} />
            <Angabe name="Tatsächliches Ende" wert={formatDatum(hilfe.tatsaechlichesEnde)} />
            {hilfe.endegrund && <Angabe name="Endegrund" wert={hilfe.endegrund} />}
            {hilfe.beendigung && (
              <Angabe name="Art der Beendigung" wert={BEENDIGUNG_TEXT[hilfe.beendigung]} />
            )}
            {(hilfe.vorgaengerHilfeId || hilfe.herkunft) && (
              <Angabe name="Im Anschluss an" wert={anschlussText(hilfe, hilfen, katalog)} />
            )}
            {/* A Zusage without origin (the API allows it) leaves the LT 11 Hilfe to be completed here. */}
            {!hilfe.vorgaengerHilfeId &&
              !hilfe.herkunft &&
              katalog?.find((e) => e.id === hilfe.leistung)?.anschluss && (
                <Angabe name="Im Anschluss an" wert="noch nicht erfasst – bitte in der Hilfe nachtragen" />
              )}
            {hilfe.berichtsintervallMonate && (
              <Angabe
                name="Berichtsintervall"
                wert={
                  hilfe.berichtsintervallMonate === 1
                    ? 'jeden Monat (vereinbart)'
                    : `alle ${hilfe.berichtsintervallMonate} Monate (vereinbart)`
                }
              />
            )}
            {hilfe.zusatzleistungen?.length > 0 && (
              <Angabe
                name={
                  katalog?.find((e) => e.id === hilfe.leistung)?.zusatzleistungen?.text ?? 'Zusatzleistungen'
                }
                wert={hilfe.zusatzleistungen
                  .map((z) => `${formatDatum(z.datum)} ${z.text}: ${formatBetrag(z.betrag)}`)
                  .join('; ')}
              />
            )}
            {hilfe.ausnahmeBegruendung && (
              <Angabe name="Begründung Ausnahmefall" wert={hilfe.ausnahmeBegruendung} />
            )}
          </SimpleGrid>
          {hilfe.empfehlung && (
            <Text size="sm" mt="xs">
              Empfehlung des Jugendamts:{' '}
              {hilfe.empfehlung === 'fachkraft' ? 'Fachkraft' : 'semiprofessionelle Kraft'}
              {hilfe.kinderschutzrelevant && (
                <Badge ml={6} color="red.9" variant="outline">
                  kinderschutzrelevant – bindend
                </Badge>
              )}
            </Text>
          )}
          <HilfeplanAbschnitt hilfeId={hilfe.id} />
          <BerichteAbschnitt hilfeId={hilfe.id} fallId={fallId} />
          {hilfe.jugendamt && <MitteilungAnJugendamt hilfeId={hilfe.id} jugendamt={hilfe.jugendamt.name} />}
        </Card>
      ))}
    </Stack>
  );
}
