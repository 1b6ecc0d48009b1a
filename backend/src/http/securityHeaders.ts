import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet with a policy for the console: a Vite build served from this origin loads its
 * scripts, styles, fonts and images from files here and talks only to this API. Nothing
 * inline, nothing from CDNs, and no one may frame the console (clickjacking).
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Not upgrade-insecure-requests: installs on a district LAN may serve plain HTTP,
        // where upgrading every asset to https would break the console outright.
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
