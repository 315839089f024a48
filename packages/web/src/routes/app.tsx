import { createRoute, redirect } from '@tanstack/react-router';
import { sitzungAbfrage } from '../api/abfragen';
import { AppLayout } from '../features/layout/AppLayout';
import { wurzelRoute } from './wurzel';

/** Every page behind this route needs a session; without one the user logs in and comes back here. */
export const appRoute = createRoute({
  getParentRoute: () => wurzelRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const sitzung = await context.queryClient.ensureQueryData(sitzungAbfrage);
    if (!sitzung) {
      throw redirect({ to: '/anmelden', search: { weiter: location.href } });
    }
    // The server refuses everything else until a one-time password is replaced.
    if (sitzung.passwortAendern) throw redirect({ to: '/passwort-festlegen' });
    return { sitzung };
  },
  component: AppLayout,
});
