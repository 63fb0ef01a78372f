import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@app/config';
import { forbidden, Role, unauthenticated } from '@app/domain';
import { createRedis, QueueName } from '@app/queue';
import type { AuthService } from '../auth/auth.service';
import { sendRestError } from '../common/rest-error.filter';

export const ADMIN_COOKIE = 'claimcheck_admin';
const BASE = '/admin/queues';

function cookie(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * The admins' queue dashboard (Bull Board) at /admin/queues.
 *
 * It is a browser page, so besides `Authorization: Bearer <admin JWT>` it
 * accepts the same JWT from an HttpOnly, SameSite=Strict cookie scoped to
 * /admin. The cookie is set by POST /admin/session (with the Bearer header),
 * which the small sign-in page at /admin/login calls after a normal `login`.
 * Anyone but an ADMIN gets 401/403; a browser without a session is sent to
 * the sign-in page.
 */
export function registerAdmin(fastify: FastifyInstance, config: AppConfig, auth: () => AuthService): void {
  // Registered before Nest boots Fastify, so it has its own queue handles (read-only) and resolves the AuthService per request.
  const redis = createRedis(config.redisUrl);
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection: redis, prefix: config.queuePrefix }));
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close()));
    redis.disconnect();
  });
  const ttlSeconds = config.jwtTtlSeconds;
  const adminOf = async (req: FastifyRequest): Promise<'ok' | 'unauthenticated' | 'forbidden'> => {
    const fromCookie = cookie(req, ADMIN_COOKIE);
    const header = req.headers.authorization ?? (fromCookie ? `Bearer ${fromCookie}` : undefined);
    const { principal } = await auth().authenticate(header);
    if (!principal) return 'unauthenticated';
    return principal.role === Role.ADMIN ? 'ok' : 'forbidden';
  };

  fastify.get('/admin/login', async (_req, reply) => reply.type('text/html; charset=utf-8').send(LOGIN_PAGE));

  fastify.post('/admin/session', async (req, reply) => {
    const { principal } = await auth().authenticate(req.headers.authorization);
    // Refusals in the shape of every other REST error ({ error: { code, message } }).
    if (!principal) return sendRestError(unauthenticated('Send Authorization: Bearer <token> of an admin'), req, reply);
    if (principal.role !== Role.ADMIN) return sendRestError(forbidden('Only admins may open the queue dashboard'), req, reply);
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const secure = req.protocol === 'https' ? '; Secure' : '';
    return reply.header('set-cookie', `${ADMIN_COOKIE}=${encodeURIComponent(token)}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${ttlSeconds}${secure}`).code(204).send();
  });

  fastify.delete('/admin/session', async (_req, reply) => reply.header('set-cookie', `${ADMIN_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`).code(204).send());

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BASE);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter, options: { uiConfig: { boardTitle: 'Claimcheck queues' } } });

  void fastify.register(async (scope) => {
    scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      const verdict = await adminOf(req);
      if (verdict === 'ok') return;
      const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (verdict === 'unauthenticated' && wantsPage) return reply.redirect(`/admin/login?next=${encodeURIComponent(req.url)}`);
      sendRestError(verdict === 'forbidden' ? forbidden('Only admins may open the queue dashboard') : unauthenticated('Sign in as an admin'), req, reply);
      return reply;
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: BASE });
  });
}

// Signs in through the public GraphQL login, then trades the token for the dashboard cookie.
const LOGIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Claimcheck admin sign-in</title>
<style>body{font:16px system-ui;margin:4rem auto;max-width:22rem}input,button{display:block;width:100%;margin:.5rem 0;padding:.5rem}</style></head>
<body><h1>Queue dashboard</h1><form id="f"><input name="email" type="email" placeholder="Admin email" required>
<input name="password" type="password" placeholder="Password" required><button>Sign in</button></form><p id="e" role="alert"></p>
<script>
document.getElementById('f').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', variables: { e: f.get('email'), p: f.get('password') } }) });
  const body = await r.json();
  const token = body.data && body.data.login && body.data.login.token;
  if (!token) { document.getElementById('e').textContent = (body.errors && body.errors[0].message) || 'Sign-in failed'; return; }
  const s = await fetch('/admin/session', { method: 'POST', headers: { authorization: 'Bearer ' + token } });
  if (s.status !== 204) { document.getElementById('e').textContent = 'Only admins may open the queue dashboard'; return; }
  const next = new URLSearchParams(location.search).get('next');
  location.href = next && next.startsWith('${BASE}') ? next : '${BASE}';
});
</script></body></html>`;
