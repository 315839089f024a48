import { QueryClient } from '@tanstack/react-query';
import { ApiFehler } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 401/403/404 will not change by asking again; network hiccups might.
      retry: (anzahl, fehler) =>
        !(fehler instanceof ApiFehler && fehler.status >= 400 && fehler.status < 500) && anzahl < 2,
      refetchOnWindowFocus: false,
    },
  },
});
