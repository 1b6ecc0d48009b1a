import express from 'express';
import type { Accounts } from '../accounts/openAccounts.ts';
import { csrfGuard } from './session/csrfGuard.ts';
import { requireSession } from './session/requireSession.ts';
import { securityHeaders } from './securityHeaders.ts';
import { sessionRoutes } from './session/sessionRoutes.ts';
import { logIntegrity, type LogIntegrity } from '../application/logIntegrity.ts';
import type { Services } from '../application/services.ts';
import { apiRegistry, openApiDocument } from './apiOperations.ts';
import { auditLogRoutes } from './auditLogRoutes.ts';
import { auditRoutes } from './auditRoutes.ts';
import { auditFiguresRoutes } from './auditFiguresRoutes.ts';
import { caseBoardRoutes } from './caseBoardRoutes.ts';
import { caseFileRoutes } from './caseFileRoutes.ts';
import { caseReplayRoutes } from './caseReplayRoutes.ts';
import { caseRoutes } from './caseRoutes.ts';
import { gridPatchRoutes } from './gridPatchRoutes.ts';
import { liveRoutes } from './liveRoutes.ts';
import { liveCaseChanges, type LiveCaseChanges } from '../live/liveCaseChanges.ts';
import { stillSignedIn } from './session/stillSignedIn.ts';
import { figuresRoutes } from './figuresRoutes.ts';
import { consoleRoutes } from './consoleRoutes.ts';
import { healthRoutes } from './healthRoutes.ts';
import { inspectionRoutes } from './inspectionRoutes.ts';
import { meetingRoutes } from './meetingRoutes.ts';
import { erasureRoutes } from './erasureRoutes.ts';
import { erasureService } from '../application/cases/erasureService.ts';
import { patrolErasureService } from '../application/inspections/patrolErasureService.ts';
import { patrolErasureRoutes } from './patrolErasureRoutes.ts';
import type { ResidentKeyStore } from '../eventStore/personalData/residentKeyStore.ts';
import { revealRoutes } from './revealRoutes.ts';
import { summonsRoutes } from './summonsRoutes.ts';
import { jsonBodiesOnly } from './jsonBodiesOnly.ts';
import { organisationRoutes } from './organisationRoutes.ts';
import { patrolRoutes } from './patrolRoutes.ts';
import { noAutomaticOptions, notFoundRoute, problemMiddleware } from './problemMiddleware.ts';
import { publicOperations } from './publicOperations.ts';
import { rankingRoutes } from './rankingRoutes.ts';
import { requireCurrentAssignment } from './requireCurrentAssignment.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { refuseWritesWhileLogBroken } from './writeGuard.ts';

export interface AppDependencies {
  readonly services: Services;
  readonly storeLocation: string;
  /** Residents' data keys: without them the erasure endpoint answers 503. */
  readonly residentKeys?: ResidentKeyStore;
  readonly accounts: Accounts;
  /**
   * Whether the log passed verification; a failed log makes the API read-only. Without
   * it, the log is taken as one that keeps no tamper evidence.
   */
  readonly integrity?: LogIntegrity;
  /** The server clock; injectable so tests can pin deadlines. */
  readonly now?: () => Date;
  /** Express's `trust proxy` setting, so cookies get `Secure` behind a TLS proxy. */
  readonly trustProxy?: string;
  /** The read models, listed by /api/health and read by the queries. */
  readonly readModels?: ProjectionRunner;
  /** Live streams (GET /api/live); the server ends them to shut down. Default: made here. */
  readonly live?: LiveCaseChanges;
  /** How often an idle live stream sends a heartbeat; tests shorten it. */
  readonly liveHeartbeatMs?: number;
  /** The deployment's time zone, where the figures' days begin (default Asia/Shanghai). */
  readonly timeZone?: string;
  /** The console's build, served at `/` after the API (docs/console.md). */
  readonly consoleDir?: string;
}

/**
 * The largest command body. A command's events are about its size, so it also bounds the
 * largest append, which must stay under the event store's own limit (docker-compose.yml).
 */
export const commandBodyLimitBytes = 256 * 1024;

/** `true`, a hop count, or addresses/subnets as Express takes them. */
const parseTrustProxy = (value: string): boolean | number | string =>
  value === 'true' ? true : /^\d+$/.test(value) ? Number(value) : value;

export const createApp = (dependencies: AppDependencies): express.Express => {
  const { services, accounts } = dependencies;
  const integrity = dependencies.integrity ?? logIntegrity(undefined);
  const now = dependencies.now ?? (() => new Date());
  const timeZone = dependencies.timeZone ?? 'Asia/Shanghai';
  const registry = apiRegistry();
  registry.operations.push(...publicOperations);

  const app = express();
  app.disable('x-powered-by');
  if (dependencies.trustProxy) app.set('trust proxy', parseTrustProxy(dependencies.trustProxy));
  // First, so problem responses carry the security headers too.
  app.use(securityHeaders());
  app.use(noAutomaticOptions);
  // Public: health, the API description and sign-in (which parses its own, smaller
  // bodies). Everything after the guard needs a session and, to change anything, the
  // session's CSRF token.
  app.use(
    '/api',
    healthRoutes({
      store: services.store,
      storeLocation: dependencies.storeLocation,
      ...(dependencies.readModels ? { readModels: dependencies.readModels } : {}),
      integrity,
    }),
  );
  // Built once, on the first request (every route is registered by then): converting the
  // response schemas takes tens of milliseconds, too much to spend on each anonymous GET.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/api/openapi.json', (_req, res) => {
    res.json((document ??= openApiDocument(registry.operations)));
  });
  app.use('/api', sessionRoutes(accounts));
  app.use(jsonBodiesOnly, express.json({ limit: commandBodyLimitBytes }));
  app.use(
    '/api',
    requireSession(accounts),
    requireCurrentAssignment(services.directory),
    csrfGuard,
    refuseWritesWhileLogBroken(integrity),
  );
  if (dependencies.readModels) {
    app.use(
      '/api',
      caseBoardRoutes(
        { readModels: dependencies.readModels, now, directory: services.directory },
        registry,
      ),
    );
    app.use('/api', gridPatchRoutes({ readModels: dependencies.readModels, now }, registry));
    app.use('/api', patrolRoutes({ readModels: dependencies.readModels, now }, registry));
    app.use('/api', summonsRoutes({ readModels: dependencies.readModels, now }, registry));
    const live = dependencies.live ?? liveCaseChanges(dependencies.readModels);
    app.use(
      '/api',
      liveRoutes(
        {
          live,
          readModels: dependencies.readModels,
          store: services.store,
          stillAllowed: stillSignedIn(accounts, services.directory),
          ...(dependencies.liveHeartbeatMs && { heartbeatMs: dependencies.liveHeartbeatMs }),
        },
        registry,
      ),
    );
    app.use(
      '/api',
      auditLogRoutes({ readModels: dependencies.readModels, store: services.store }, registry),
    );
    const { directory } = services;
    const figures = { readModels: dependencies.readModels, now, timeZone, directory };
    app.use('/api', figuresRoutes(figures, registry));
    app.use('/api', rankingRoutes(figures, registry));
  }
  app.use(
    '/api',
    caseRoutes(
      { store: services.store, cases: services.cases, reveals: services.reveals, now },
      registry,
    ),
  );
  app.use('/api', caseReplayRoutes({ store: services.store }, registry));
  app.use('/api', caseFileRoutes({ store: services.store, reveals: services.reveals }, registry));
  app.use('/api', revealRoutes({ reveals: services.reveals, now }, registry));
  const { residentKeys } = dependencies;
  const erasures = residentKeys && erasureService(services.store, residentKeys);
  app.use('/api', erasureRoutes({ erasures, now }, registry));
  const patrolErasures = residentKeys && patrolErasureService(services.store, residentKeys);
  app.use('/api', patrolErasureRoutes({ erasures: patrolErasures, now }, registry));
  app.use('/api', meetingRoutes({ meetings: services.meetings, now }, registry));
  app.use(
    '/api',
    organisationRoutes(
      { organisation: services.organisation, directory: services.directory, now },
      registry,
    ),
  );
  app.use('/api', inspectionRoutes({ inspections: services.inspections, now }, registry));
  app.use('/api', auditRoutes({ integrity }, registry));
  app.use('/api', auditFiguresRoutes({ store: services.store, now, timeZone }, registry));
  if (dependencies.consoleDir) app.use(consoleRoutes(dependencies.consoleDir));
  app.use(notFoundRoute);
  app.use(problemMiddleware);
  return app;
};
