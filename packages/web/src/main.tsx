import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import 'dayjs/locale/de';

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sitzungAbfrage } from './api/abfragen';
import { beiSitzungsende } from './api/client';
import { queryClient } from './api/queryClient';
import { pruefeSitzung, sitzungAbgelaufen } from './features/auth/sitzungsende';
import { router } from './routes';
import { cssVariablesResolver, theme } from './theme';

// An expired session clears the screen and the cache and sends the user to the login page, which says
// why; afterwards they return to the same address, where the form restores its draft.
beiSitzungsende(() => {
  const { pathname, href } = router.state.location;
  void sitzungAbgelaufen(queryClient, { pathname, href }, (suche) =>
    router.navigate({ to: '/anmelden', search: suche }),
  );
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && queryClient.getQueryData(sitzungAbfrage.queryKey)) {
    void pruefeSitzung();
  }
});

const wurzel = document.getElementById('root');
if (!wurzel) throw new Error('#root fehlt in index.html');

createRoot(wurzel).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
