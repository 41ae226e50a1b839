// Answers anything thrown as application/problem+json (RFC 9457) on a node:http response, which Express's responses
// are too: the error middleware and the tile handler (outside Express) log and answer problems the same way.
import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../../../contracts/problem';
import type { Logger } from '../logger';
import type { HttpProblem } from './http-problem';
import { toProblem } from './to-problem';

function problemDocument(problem: HttpProblem, instance: string): Problem & Record<string, unknown> {
  return {
    ...problem.extensions,
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}

/** Logs 5xx with their cause and 4xx as info, then answers; a reply already under way is cut off instead. */
export function sendProblem(res: ServerResponse, error: unknown, instance: string, log: Logger): void {
  const problem = toProblem(error);
  if (problem.status >= 500) log.error({ err: problem.cause ?? problem, instance }, problem.detail);
  else log.info({ problem: problem.detail, code: problem.code, status: problem.status, instance }, 'request refused');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(problemDocument(problem, instance));
  res.writeHead(problem.status, {
    ...problem.headers,
    'Content-Type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
