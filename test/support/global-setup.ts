import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** e2e tests run the built processes: `npm test` builds first (pretest). */
export default function globalSetup(): void {
  const api = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(api)) throw new Error('dist/ is missing: run `npm run build` (npm test does it for you)');
}
