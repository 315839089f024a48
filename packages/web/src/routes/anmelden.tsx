import { createRoute } from '@tanstack/react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { wurzelRoute } from './wurzel';

export interface AnmeldenSuche {
  weiter?: string;
}

export const anmeldenRoute = createRoute({
  getParentRoute: () => wurzelRoute,
  path: '/anmelden',
  validateSearch: (suche: Record<string, unknown>): AnmeldenSuche => ({
    weiter: typeof suche.weiter === 'string' ? suche.weiter : undefined,
  }),
  component: LoginPage,
});
