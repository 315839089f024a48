import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { BereitschaftPage } from './BereitschaftPage';

export const bereitschaftRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/bereitschaft',
    component: BereitschaftPage,
  }),
];
