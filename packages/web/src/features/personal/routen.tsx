import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { BesetzungPage } from './BesetzungPage';

export const personalRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/personal',
    component: BesetzungPage,
  }),
];
