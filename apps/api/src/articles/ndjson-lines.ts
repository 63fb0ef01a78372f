import { Transform, type TransformCallback } from 'node:stream';

const NEWLINE = 0x0a;
const CR = '\r';

/**
 * The lines of an NDJSON byte stream, as strings, in linear time and memory.
 *
 * split2 appended each chunk to the pending line and split the whole string
 * again, copying the line once per chunk: a 2 MB line (a 1 MB article,
 * escaped) arriving in 64 KB chunks was copied about 30 times. Fifty
 * concurrent streams of such lines made the api allocate ~900 MB of large
 * strings and stall its event loop for seconds (bench/lab/burst-lab.ts).
 * Here a pending line stays a list of byte chunks, joined and decoded once
 * when its newline arrives (so a UTF-8 character split across chunks is
 * decoded whole). A pending line longer than `maxBytes` fails the stream with
 * "maximum buffer reached", as split2's `maxLength` did (which counted
 * characters; bytes are what the body limit counts). A `\r` before the
 * newline is dropped, as split2's default matcher did. At most one decoded
 * line waits for the reader (split2 let 16 queue, 32 MB of 2 MB lines per
 * stream while the reader waited on the database): past that, backpressure
 * stops reading the request body.
 */
export function ndjsonLines(maxBytes: number): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const line = (bytes: Buffer, endedByNewline: boolean): string => {
    const s = bytes.toString('utf8');
    return endedByNewline && s.endsWith(CR) ? s.slice(0, -1) : s;
  };
  return new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 1,
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let from = 0;
      for (let nl = buf.indexOf(NEWLINE, from); nl !== -1; nl = buf.indexOf(NEWLINE, from)) {
        const tail = buf.subarray(from, nl);
        this.push(line(pending.length ? Buffer.concat([...pending, tail]) : tail, true));
        pending = [];
        pendingBytes = 0;
        from = nl + 1;
      }
      if (from < buf.length) {
        pending.push(buf.subarray(from));
        pendingBytes += buf.length - from;
      }
      done(pendingBytes > maxBytes ? new Error('maximum buffer reached') : null);
    },
    flush(done: TransformCallback): void {
      if (pendingBytes) this.push(line(Buffer.concat(pending), false));
      pending = [];
      done();
    },
  });
}
