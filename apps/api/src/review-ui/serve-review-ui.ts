import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Adds reply.sendFile for the review UI's directory without routes of its own:
 * the routes are Nest's (ReviewUiController), so the auth guard, the access
 * table and the route log see them like every other route.
 */
export async function registerReviewUiFiles(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, { root: dir, serve: false, index: false });
}
