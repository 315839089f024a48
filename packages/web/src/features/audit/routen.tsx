import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { AuditPage } from './AuditPage';

export const auditRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/audit',
    component: AuditPage,
  }),
];
