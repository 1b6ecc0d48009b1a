import { Router } from 'express';
import * as z from 'zod';
import { logVerificationSchema, type ResponseBody } from '@gridline/projections';
import { actorOf } from './session/requireSession.ts';
import type { LogIntegrity } from '../application/logIntegrity.ts';
import { parseAnchor } from '../eventStore/logVerification.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { forbidden } from './problems.ts';

export interface AuditRouteDependencies {
  readonly integrity: LogIntegrity;
}

/** Checking the whole log is the auditors' job, and costs a full read: not for everyone. */
const mayVerify = new Set(['auditor', 'admin']);

const verificationQuery = z.strictObject({
  anchor: z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined) return undefined;
      const anchor = parseAnchor(text);
      if (!anchor)
        context.addIssue({
          code: 'custom',
          message: 'expected <position>:<hash> or a 64-character hex hash',
        });
      return anchor;
    }),
});

export const auditRoutes = (
  { integrity }: AuditRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/audit/verification',
      operationId: 'verifyLog',
      summary:
        'Check the whole log now: its hash chain, every stream, the signed checkpoints and, if given, an exported anchor (auditors and admins)',
      tag: 'audit',
      queryParameters: [
        {
          name: 'anchor',
          description:
            'A head exported earlier as <position>:<hash>: proves the log has only grown since.',
        },
      ],
      responses: {
        200: 'The report: ok, what was checked, the head, and each break found with where it is',
      },
      responseSchema: logVerificationSchema,
    },
    async (req, res) => {
      const actor = actorOf(res);
      if (!mayVerify.has(actor.role)) throw forbidden('Only auditors and admins verify the log.');
      const { anchor } = parseRequestPart(verificationQuery, req.query, 'query');
      const report = await integrity.checkAll(anchor);
      res.set('Cache-Control', 'no-store');
      const body: ResponseBody<typeof logVerificationSchema> = report
        ? { verifiable: true, ...report }
        : { verifiable: false, ...integrity.status() };
      res.json(body);
    },
  );
  return router;
};
