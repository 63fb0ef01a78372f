import { Readable } from 'node:stream';
import { ndjsonLines } from './ndjson-lines';

async function linesOf(chunks: (Buffer | string)[], maxBytes = 1024): Promise<string[]> {
  const out: string[] = [];
  for await (const l of Readable.from(chunks, { objectMode: false }).pipe(ndjsonLines(maxBytes))) out.push(l as string);
  return out;
}

describe('ndjsonLines', () => {
  it('splits on newlines across chunk boundaries, dropping a \\r before the newline', async () => {
    expect(await linesOf(['{"a":1}\n{"b"', ':2}\r\n', '\n{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });

  it('decodes a UTF-8 character split between two chunks whole', async () => {
    const bytes = Buffer.from('"Zürich €"\n', 'utf8');
    const cut = bytes.indexOf(0xe2) + 1; // inside the three bytes of €
    expect(await linesOf([bytes.subarray(0, 3), bytes.subarray(3, cut), bytes.subarray(cut)])).toEqual(['"Zürich €"']);
  });

  it('emits a last line without a newline, and nothing for an empty body', async () => {
    expect(await linesOf(['x\ny'])).toEqual(['x', 'y']);
    expect(await linesOf([])).toEqual([]);
  });

  it('passes a long line arriving in many chunks through intact', async () => {
    const long = 'é'.repeat(100_000);
    const bytes = Buffer.from(`${long}\nnext\n`, 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 4096) chunks.push(bytes.subarray(i, i + 4096));
    expect(await linesOf(chunks, 300_000)).toEqual([long, 'next']);
  });

  it('fails the stream when a pending line passes maxBytes, instead of buffering it', async () => {
    await expect(linesOf(['ok\n', 'x'.repeat(600), 'x'.repeat(600)], 1000)).rejects.toThrow('maximum buffer reached');
    expect(await linesOf(['ok\n', 'x'.repeat(1000), '\n'], 1000)).toEqual(['ok', 'x'.repeat(1000)]);
  });

  it('stops reading the body while a decoded line waits for the reader', async () => {
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 40; i++) {
          pulled++;
          yield Buffer.from(`{"line":${i},"pad":"${'x'.repeat(4096)}"}\n`); // 4 KB: 4 fit the 16 KB write buffer
        }
      })(),
      { objectMode: false, highWaterMark: 1 },
    );
    const lines = body.pipe(ndjsonLines(8192));
    await new Promise((r) => setTimeout(r, 50));
    expect(pulled).toBeLessThan(10); // with 16 lines queued (split2's default) it read 20
    const all: string[] = [];
    for await (const l of lines) all.push(l as string);
    expect(all).toHaveLength(40);
  });
});
