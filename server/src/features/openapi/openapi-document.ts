// Builds the OpenAPI 3.1 document from API_OPERATIONS and the contracts' zod schemas; nothing in it is written by hand.
import type { z } from 'zod';
import { CSRF_HEADER } from '../../../../contracts/auth';
import { SESSION_COOKIE } from '../auth/auth.middleware';
import { API_OPERATIONS, type ApiOperation, type ApiReply } from './api-operations';
import { componentSchemas, parameterSchema, type JsonSchema } from './json-schema';
import { BODY_SCHEMAS, REPLY_SCHEMAS } from './openapi-schemas';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const PROBLEM = { 'application/problem+json': { schema: ref('Problem') } };

function parameter(name: string, where: 'query' | 'path', schema: z.ZodType | undefined): JsonSchema {
  const json = schema ? parameterSchema(schema) : { type: 'string' };
  const required = where === 'path' || !schema?.safeParse(undefined).success;
  const { description, ...rest } = json;
  const isList = rest.type === 'array';
  return {
    name,
    in: where,
    required,
    ...(description || isList
      ? { description: [description, isList ? 'Comma-separated.' : ''].filter(Boolean).join(' ') }
      : {}),
    schema: rest,
    ...(isList ? { style: 'form', explode: false } : {}),
  };
}

function parameters(op: ApiOperation): JsonSchema[] {
  const pathNames = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
  const pathShape: Record<string, z.ZodType | undefined> = op.params?.shape ?? {};
  const queryShape: Record<string, z.ZodType> = op.query?.shape ?? {};
  const ifMatch = {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'The ETag (version) you read, e.g. "3"; or send `version` in the body',
    schema: { type: 'string' },
  };
  return [
    ...pathNames.map((name) => parameter(name, 'path', pathShape[name])),
    ...Object.entries(queryShape).map(([name, schema]) => parameter(name, 'query', schema)),
    ...(op.ifMatch ? [ifMatch] : []),
  ];
}

function success(reply: ApiReply): JsonSchema {
  if (!reply.type) return { description: reply.description };
  const schema = reply.schema ? (reply.list ? { type: 'array', items: ref(reply.schema) } : ref(reply.schema)) : {};
  const types = reply.type.split(', ');
  return { description: reply.description, content: Object.fromEntries(types.map((type) => [type, { schema }])) };
}

/** The method and the path in camelCase: `get` and `/api/associations/{id}` make `getApiAssociationsId`. */
const operationIdOf = (op: ApiOperation) =>
  op.method +
  op.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase());

function operation(op: ApiOperation): JsonSchema {
  const security =
    op.access === 'write' ? [{ session: [], csrf: [] }] : op.access === 'session' ? [{ session: [] }] : undefined;
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: operationIdOf(op),
    parameters: parameters(op),
    ...(op.body
      ? { requestBody: { required: true, content: { [op.bodyType ?? 'application/json']: { schema: ref(op.body) } } } }
      : {}),
    responses: {
      [String(op.reply.status)]: success(op.reply),
      '4XX': { description: 'Refused: the problem says why, with errors[] per field', content: PROBLEM },
      '5XX': { description: 'Failed on our side (logged) or the database is unavailable', content: PROBLEM },
    },
    ...(security ? { security } : {}),
  };
}

export function buildOpenApiDocument(operations: ApiOperation[] = API_OPERATIONS): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Atlas API — أطلس الجمعيات الأهلية',
      version: '1',
      description:
        'The REST API and OGC API Features of the atlas of civil-society associations. ' +
        'Generated from the zod contracts in contracts/. ' +
        'Numeric parameters may be written in Arabic-Indic (٠–٩) or Persian (۰–۹) digits ' +
        'with the Arabic decimal (٫) and thousands (٬) separators; ' +
        'in bodies a quantity may be a JSON number or such text ("١٢٠" is 120, "" is null).',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...componentSchemas(REPLY_SCHEMAS, 'output'), ...componentSchemas(BODY_SCHEMAS, 'input') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login' },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description: 'csrfToken from GET /api/auth/me; needed on every write',
        },
      },
    },
  };
}
