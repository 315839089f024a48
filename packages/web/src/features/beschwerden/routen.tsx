import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { wurzelRoute } from '../../routes/wurzel';
import { BeschwerdenPage } from './BeschwerdenPage';
import { OeffentlicheBeschwerdePage } from './OeffentlicheBeschwerdePage';

export const beschwerdenRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/beschwerden',
    component: BeschwerdenPage,
  }),
];

/** Outside the app route: the public form needs no session. */
export const oeffentlicheBeschwerdeRoute = createRoute({
  getParentRoute: () => wurzelRoute,
  path: '/beschwerde/$kennung',
  component: OeffentlicheBeschwerdePage,
});
