import express from 'express';
import type { Accounts } from '../accounts/openAccounts.ts';
import { csrfGuard } from '../accounts/csrfGuard.ts';
import { requireSession } from '../accounts/requireSession.ts';
import { securityHeaders } from '../accounts/securityHeaders.ts';
import { sessionRoutes } from '../accounts/sessionRoutes.ts';
import type { EventStore } from '../eventStore/port.ts';
import { healthRoutes } from './healthRoutes.ts';
import { notFoundRoute, problemMiddleware } from './problemMiddleware.ts';

export interface AppDependencies {
  readonly store: EventStore;
  readonly storeLocation: string;
  readonly accounts: Accounts;
}

export const createApp = (dependencies: AppDependencies): express.Express => {
  const app = express();
  app.disable('x-powered-by');
  // First, so problem responses carry the security headers too.
  app.use(securityHeaders());
  app.use(express.json({ limit: '256kb' }));
  // Public: health and sign-in. Everything after the guard needs a session and, to
  // change anything, the session's CSRF token.
  app.use('/api', healthRoutes(dependencies));
  app.use('/api', sessionRoutes(dependencies.accounts));
  app.use('/api', requireSession(dependencies.accounts), csrfGuard);
  app.use('/api', notFoundRoute);
  app.use(problemMiddleware);
  return app;
};
