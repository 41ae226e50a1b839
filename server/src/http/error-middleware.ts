// The one error middleware: every error a route throws becomes application/problem+json (see problem-response.ts).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpProblem } from './http-problem';
import { sendProblem } from './problem-response';

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  sendProblem(res, error, req.originalUrl, req.log);
};

export const notFoundHandler: RequestHandler = (req) => {
  throw new HttpProblem('notFound', `Nothing is served at ${req.method} ${req.originalUrl.split('?')[0]}`);
};
