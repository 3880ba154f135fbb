/**
 * Response validation against the OpenAPI documents with express-openapi-validator, for tests and
 * development: every JSON answer (problems included) is checked against the bundled public and
 * back-office documents, and a mismatch is reported (the answer itself is left untouched, so a
 * test sees both the response and the failure).
 *
 * The generated router writes bodies with `res.send(string)`, which express-openapi-validator does
 * not see (it intercepts `res.json`), so JSON string bodies are routed through `res.json` here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express, NextFunction, Request, Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';

export interface ResponseValidationFailure {
  method: string;
  path: string;
  status: number;
  message: string;
}

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../generated/docs');
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json/;

function bridgeSendToJson(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send;
  let inJson = false;
  res.send = function (this: Response, body?: unknown) {
    const type = String(this.getHeader('content-type') ?? '');
    if (!inJson && typeof body === 'string' && JSON_TYPE.test(type)) {
      inJson = true;
      try {
        return this.json(JSON.parse(body));
      } finally {
        inJson = false;
      }
    }
    return send.call(this, body);
  } as typeof res.send;
  next();
}

export function installResponseValidation(
  app: Express,
  report: (f: ResponseValidationFailure) => void,
): void {
  app.use(bridgeSendToJson);
  for (const file of ['openapi.yaml', 'admin.yaml']) {
    app.use(
      OpenApiValidator.middleware({
        apiSpec: path.join(DOCS, file),
        validateRequests: false,
        validateSecurity: false,
        validateApiSpec: false,
        ignoreUndocumented: true,
        validateResponses: {
          onError: (error: Error, _body: unknown, req: Request) =>
            report({
              method: req.method,
              path: req.originalUrl,
              status: req.res?.statusCode ?? 0,
              message: `${file}: ${error.message}`,
            }),
        },
      }),
    );
  }
}
