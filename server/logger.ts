// Structured JSON logs. Request logs carry method, route and status only: no bodies,
// no query strings, no cookies, so no personal data reaches the log.
import pino from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'roundtable' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], remove: true },
  });
}
export type Logger = ReturnType<typeof createLogger>;
