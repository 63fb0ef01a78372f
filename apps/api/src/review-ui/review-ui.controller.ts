import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { notFound } from '@app/domain';
import { Public } from '../common/decorators';
import { fileFor, isClientRoute, uiDir } from './review-ui-files';

/**
 * The reviewers' single-page app (apps/review-ui, built into dist/review-ui).
 * Public: it is static code; everything it shows comes from /graphql, which
 * checks the signed-in user. More specific routes (/graphql, /health/…, the
 * feeds) win over the catch-all in Fastify's router.
 */
// The app loads only its own files and talks only to its own origin (/graphql over HTTP and WebSocket);
// style attributes carry two CSS variables, hence 'unsafe-inline' for styles only.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

@Public()
@Controller()
export class ReviewUiController {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = uiDir(config.uiDistDir);
  }

  @Get()
  async index(@Res() reply: FastifyReply): Promise<void> {
    await this.sendIndex(reply);
  }

  @Get('*')
  async file(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const file = fileFor(this.dir, req.url);
    // Vite names built assets by content hash: they never change under one name.
    if (file) return void (await reply.headers(SECURITY_HEADERS).header('cache-control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file));
    // A client route (e.g. /review reloaded) is the app's; a missing file, or a JSON client, gets a 404.
    if (isClientRoute(req.url) && (req.headers.accept ?? '').includes('text/html')) return this.sendIndex(reply);
    // Thrown, not sent: the REST error filter gives it the one error shape ({ error: { code, message } }).
    throw notFound('Route', `GET ${req.url.split('?')[0]}`);
  }

  private async sendIndex(reply: FastifyReply): Promise<void> {
    if (!fileFor(this.dir, '/index.html')) {
      await reply.code(503).type('text/plain; charset=utf-8').send('The review UI is not built: run `npm run build` (or `npm run build:ui`), or set UI_DIST_DIR.');
      return;
    }
    await reply.headers(SECURITY_HEADERS).header('cache-control', 'no-cache').sendFile('index.html');
  }
}
