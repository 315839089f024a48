import { Alert } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { sitzungAbfrage } from '../../api/abfragen';
import { LinkAnker } from '../../components/RouterLinks';
import { erinnerungenAbfrage } from './abfragen';
import { siehtFristen } from './rollen';

/** In-app reminder on every page: overdue deadlines and those due within the user's chosen days. */
export function ErinnerungsBanner() {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const pfad = useRouterState({ select: (s) => s.location.pathname });
  const aktiv = Boolean(sitzung && siehtFristen(sitzung));
  const { data } = useQuery({ ...erinnerungenAbfrage, enabled: aktiv });
  if (!aktiv || !data || data.fristen.length === 0 || pfad === '/meine-fristen') return null;
  const teile = [
    data.ueberfaellig > 0
      ? `${data.ueberfaellig} überfällige ${data.ueberfaellig === 1 ? 'Frist' : 'Fristen'}`
      : null,
    data.bald > 0
      ? `${data.bald} ${data.bald === 1 ? 'Frist' : 'Fristen'} in den nächsten ${data.erinnerungTage} Tagen`
      : null,
  ].filter(Boolean);
  return (
    <Alert
      color={data.ueberfaellig > 0 ? 'red' : 'yellow'}
      icon={<IconBell aria-hidden />}
      mb="md"
      py="xs"
      aria-label="Erinnerung an Fristen"
    >
      Sie haben {teile.join(' und ')}.{' '}
      <LinkAnker to="/meine-fristen" c="inherit" underline="always" fw={700}>
        Zu meinen Fristen
      </LinkAnker>
    </Alert>
  );
}
