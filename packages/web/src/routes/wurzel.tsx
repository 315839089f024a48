import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';

export interface RouterKontext {
  queryClient: QueryClient;
}

export const wurzelRoute = createRootRouteWithContext<RouterKontext>()({
  component: Outlet,
});
