// The one error middleware: logs 5xx with their cause and 4xx as info, answers application/problem+json.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { PROBLEM_CONTENT_TYPE } from '../../../contracts/problem';
import { HttpProblem } from './http-problem';
import { problemDocument } from './problem-document';
import { toProblem } from './to-problem';

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = toProblem(error);
  if (problem.status >= 500) req.log.error({ err: problem.cause ?? problem }, problem.detail);
  else req.log.info({ problem: problem.detail, status: problem.status }, 'request refused');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(problem.status).set(problem.headers).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problemDocument(problem, req.originalUrl)));
};

export const notFoundHandler: RequestHandler = (req) => {
  throw new HttpProblem('notFound', `Nothing is served at ${req.method} ${req.originalUrl.split("?")[0]}`);
};
