// The one error middleware: every error a route throws becomes application/problem+json (see problem-response.ts).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpProblem } from './http-problem';
import { sendProblem } from './problem-response';

// Express tells an error handler by its four parameters, so `_next` stays though unused.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the fourth parameter is what makes it an error handler
export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  sendProblem(res, error, req.originalUrl, req.log);
};

export const notFoundHandler: RequestHandler = (req) => {
  throw new HttpProblem('notFound', `Nothing is served at ${req.method} ${req.originalUrl.split('?')[0]}`);
};
