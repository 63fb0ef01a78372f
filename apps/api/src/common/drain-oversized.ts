import type { FastifyInstance } from 'fastify';

// Past this, an upload is not worth reading to the end: answer at once and close.
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
// Nor is a slow one: a client trickling its body does not hold the connection longer than this.
const DRAIN_MAX_MS = 10_000;

/**
 * A body declared larger than the limit is read to its end (and dropped)
 * before Fastify refuses it with 413. Fastify answers as soon as it sees the
 * Content-Length and then closes the connection; a client still uploading
 * gets a broken pipe instead of the 413 and its error message (seen in CI
 * with a 5 MB article on a loaded machine).
 */
export function drainOversizedBodies(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const declared = Number(request.headers['content-length']);
    // Only bodies Fastify's own parsers limit (JSON, text): NDJSON ingest streams any length.
    const limited = /^(application\/json|text\/plain)\b/i.test(request.headers['content-type'] ?? '');
    if (!limited || !(declared > bodyLimit) || declared > DRAIN_MAX_BYTES || payload.readableEnded) {
      done(null, payload);
      return;
    }
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      payload.removeListener('end', finish);
      payload.removeListener('error', finish);
      payload.removeListener('close', finish);
      done(null, payload);
    };
    const timer = setTimeout(finish, DRAIN_MAX_MS);
    payload.on('end', finish);
    payload.on('error', finish);
    payload.on('close', finish);
    payload.resume();
  });
}
