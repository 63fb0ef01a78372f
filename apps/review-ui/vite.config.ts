import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// Built into dist/review-ui, which the api serves at `/` (apps/api/src/review-ui).
// `npm run dev:ui` proxies /graphql (HTTP and graphql-ws) to an api on :3000.
export default defineConfig({
  root: here,
  plugins: [react()],
  // The api's input limits and the claim state machine (which editor actions a claim's status allows), read from the
  // domain library module by module, so nothing else of the domain (its policies, agreement maths) ends up in the bundle.
  resolve: {
    alias: {
      '@app/domain/input-limits': fileURLToPath(new URL('../../libs/domain/src/input-limits.ts', import.meta.url)),
      '@app/domain/claim-state-machine': fileURLToPath(new URL('../../libs/domain/src/claim-state-machine.ts', import.meta.url)),
    },
  },
  build: { outDir: fileURLToPath(new URL('../../dist/review-ui', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } } },
});
