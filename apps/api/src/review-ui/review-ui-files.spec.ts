import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFor, isClientRoute } from './review-ui-files';

describe('review UI files', () => {
  const root = mkdtempSync(join(tmpdir(), 'review-ui-'));
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app.js'), '');
  writeFileSync(join(root, 'secret.txt'), 'outside');

  it('finds files inside the directory, relative to it', () => {
    expect(fileFor(dir, '/index.html')).toBe('index.html');
    expect(fileFor(dir, '/assets/app.js?v=1')).toBe(join('assets', 'app.js'));
  });

  it('never names a file outside the directory, a directory, or a missing file', () => {
    expect(fileFor(dir, '/../secret.txt')).toBeNull();
    expect(fileFor(dir, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(dir, '/assets/%2e%2e/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(dir, '/assets')).toBeNull();
    expect(fileFor(dir, '/')).toBeNull();
    expect(fileFor(dir, '/missing.js')).toBeNull();
    expect(fileFor(dir, '/%E0%A4%A')).toBeNull(); // malformed escape
  });

  it('treats extension-less paths as client routes', () => {
    expect(isClientRoute('/review')).toBe(true);
    expect(isClientRoute('/claims/123?rating=FALSE')).toBe(true);
    expect(isClientRoute('/assets/app.js')).toBe(false);
  });
});
