import { createRoute } from '@tanstack/react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { wurzelRoute } from './wurzel';

export interface AnmeldenSuche {
  weiter?: string;
  /** Set when the app sent the user here because the session expired (the page says so). */
  abgelaufen?: boolean;
}

export const anmeldenRoute = createRoute({
  getParentRoute: () => wurzelRoute,
  path: '/anmelden',
  validateSearch: (suche: Record<string, unknown>): AnmeldenSuche => ({
    weiter: typeof suche.weiter === 'string' ? suche.weiter : undefined,
    abgelaufen: suche.abgelaufen === true || suche.abgelaufen === 'true' ? true : undefined,
  }),
  component: LoginPage,
});
