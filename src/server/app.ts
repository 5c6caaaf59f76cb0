import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { installErrorHandler } from './platform/errorHandler.ts';
import type { AppDeps } from './platform/deps.ts';
import { registerRoutes } from './platform/registerRoutes.ts';
import { closePlanningSolver } from './platform/solverPool.ts';
import { uuidv7 } from './platform/uuidv7.ts';
import { logSerializers } from './platform/logRedaction.ts';
import { installSecurityHeaders } from './platform/securityHeaders.ts';
import { serveWebApp } from './platform/webAssets.ts';
import { BACKGROUND_WORK } from './backgroundTable.ts';
import { ROUTES } from './routeTable.ts';

export const WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export interface BuildOptions {
  logger?: boolean;
  /** Where the log goes (standard output by default); tests read it back. */
  logStream?: { write(line: string): void };
  webDist?: string;
  /**
   * Behind a reverse proxy: trust its X-Forwarded-For / X-Forwarded-Proto (the client address the
   * login throttle counts; `Secure` cookies over HTTPS). `true`, or the proxy's addresses.
   */
  trustProxy?: boolean | string;
}

/** The HTTP application: API routes from the route table, the built web app, one error shape. */
export async function buildApp(
  deps: AppDeps,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: deps.config.logLevel,
          serializers: logSerializers,
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    bodyLimit: deps.config.bodyLimitBytes,
    genReqId: () => uuidv7(),
    requestIdHeader: false,
    trustProxy: options.trustProxy ?? false,
  });
  // JSON only: a text/plain body is how cross-site forms sneak in.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  installErrorHandler(app);
  // The planners' HiGHS workers would keep the process alive: they stop with the app.
  app.addHook('onClose', async () => closePlanningSolver());
  installSecurityHeaders(app);
  // The embedded database lets background work wait while a person's API request is under way.
  const raw = deps.database.raw;
  if (raw.kind === 'pglite') {
    const counted = (url: string) =>
      url.startsWith('/api/v1/') && !url.startsWith('/api/v1/system/');
    app.addHook('onRequest', async (request) => {
      if (counted(request.url)) raw.client.requestStarted();
    });
    app.addHook('onResponse', async (request) => {
      if (counted(request.url)) raw.client.requestEnded();
    });
  }
  deps.replica?.logTo({
    info: (message) => app.log.info(message),
    warn: (message) => app.log.warn(message),
  });
  registerRoutes(app, deps, ROUTES);
  for (const install of BACKGROUND_WORK) install(app, deps);

  await serveWebApp(app, options.webDist ?? WEB_DIST);
  return app;
}
