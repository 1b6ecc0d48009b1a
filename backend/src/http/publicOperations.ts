import * as z from 'zod';
import { healthSchema, sessionSchema } from '@gridline/projections';
import type { ApiOperation } from './apiOperations.ts';

// Routes served by routers outside the registry (health, sessions), described here so the
// OpenAPI document covers the whole API.
export const publicOperations: readonly ApiOperation[] = [
  {
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Whether the server and its event store answer, and which store is in use',
    tag: 'system',
    public: true,
    responses: { 200: 'The server, its store, the log check and each read model' },
    responseSchema: healthSchema,
  },
  {
    method: 'post',
    path: '/session',
    operationId: 'signIn',
    summary: 'Sign in; sets the session cookie and returns the CSRF token',
    tag: 'session',
    public: true,
    requestBody: z.strictObject({ username: z.string(), password: z.string() }),
    responses: { 200: 'Signed in: the account and its CSRF token' },
    responseSchema: sessionSchema,
  },
  {
    method: 'get',
    path: '/session',
    operationId: 'getSession',
    summary: 'Who is signed in, and the CSRF token',
    tag: 'session',
    responses: { 200: 'The account and its CSRF token' },
    responseSchema: sessionSchema,
  },
  {
    method: 'delete',
    path: '/session',
    operationId: 'signOut',
    summary: 'Sign out',
    tag: 'session',
    responses: { 204: 'Signed out' },
  },
];
