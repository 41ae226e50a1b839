// The JSON body parser, placed on each route that takes a body after the route has decided who may call it: a
// caller who may not is refused before anything they sent is read.
import express from 'express';

export const jsonBody = express.json({ limit: '1mb' });
