import { AppShell, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { gesundheitAbfrage, sitzungAbfrage } from '../../api/abfragen';
import { abmelden } from '../../api/auth';
import { LinkKnopf, LinkNav } from '../../components/RouterLinks';
import { benutzerRolle } from '../../lib/beschriftungen';
import { loescheEntwuerfe } from '../../lib/entwurf';
import { fragtTraegerbudget, sichtbareNavigation } from '../../navigation';
import { traegerbudgetVorhandenAbfrage } from '../budget/api';
import { ErinnerungsBanner } from '../fristen/ErinnerungsBanner';
import { DemoBanner } from './DemoBanner';

const KOPF_HOEHE = 60;
const BANNER_HOEHE = 34;

export function AppLayout() {
  const [offen, { toggle, close }] = useDisclosure();
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const { data: gesundheit } = useQuery(gesundheitAbfrage);
  const { data: hatTraegerbudget } = useQuery({
    ...traegerbudgetVorhandenAbfrage,
    enabled: Boolean(sitzung && fragtTraegerbudget(sitzung)),
  });
  const pfad = useRouterState({ select: (s) => s.location.pathname });
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const abmeldung = useMutation({
    mutationFn: abmelden,
    onSettled: () => {
      if (sitzung) loescheEntwuerfe(sitzung.benutzer.id);
      queryClient.clear();
      void navigate({ to: '/anmelden', search: {} });
    },
  });

  if (!sitzung) return null;
  const eintraege = sichtbareNavigation({ sitzung, hatTraegerbudget });

  return (
    <>
      <a className="sprunglink" href="#inhalt">
        Zum Inhalt springen
      </a>
      <AppShell
        header={{ height: KOPF_HOEHE + (gesundheit?.demo ? BANNER_HOEHE : 0) }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !offen } }}
        padding="md"
      >
        <AppShell.Header>
          <DemoBanner />
          <Group h={KOPF_HOEHE} px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={offen}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Navigation öffnen"
              />
              <Text component="span" fw={700} size="lg">
                Hilfewerk
              </Text>
              <Text component="span" size="sm" c="dimmed" visibleFrom="md">
                {sitzung.organisation.name}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" visibleFrom="sm">
                {sitzung.benutzer.name} ({benutzerRolle(sitzung.benutzer.rolle)})
              </Text>
              <LinkKnopf
                to="/konto"
                variant="subtle"
                size="sm"
                visibleFrom="sm"
                leftSection={<IconUserCircle size={16} aria-hidden />}
              >
                Mein Konto
              </LinkKnopf>
              <Button
                variant="default"
                size="sm"
                leftSection={<IconLogout size={16} aria-hidden />}
                onClick={() => abmeldung.mutate()}
                loading={abmeldung.isPending}
              >
                Abmelden
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        {/* A Leitung's menu is longer than a laptop screen is high: the menu scrolls on its own. */}
        <AppShell.Navbar p="xs" component="nav" aria-label="Hauptnavigation" style={{ overflowY: 'auto' }}>
          {eintraege.map((eintrag) => (
            <LinkNav
              key={eintrag.to}
              to={eintrag.to}
              label={eintrag.beschriftung}
              leftSection={<eintrag.icon size={18} aria-hidden />}
              active={pfad.startsWith(eintrag.to)}
              variant="filled"
              aria-current={pfad.startsWith(eintrag.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id="inhalt" tabIndex={-1}>
          <ErinnerungsBanner />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
