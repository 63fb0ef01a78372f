// Lab preload (not part of the service), e.g. BENCH_NODE_ARGS='-r ./bench/lab/mem-sampler.cjs':
// appends process.memoryUsage() and V8's heap spaces (MB, [size, used]) every SAMPLE_MS (250) ms
// to $RSS_LAB_DIR/mem-<role>-<pid>.ndjson. SIGWINCH = forced GC (needs --expose-gc), a reading
// before and after, and a heap snapshot (RSS_LAB_SNAP=0: none; writing one inflates RSS for good).
// Not SIGUSR2: Nest's enableShutdownHooks() stops the api on it.
const v8 = require('v8');
const fs = require('fs');
const main = process.argv[1] || '';
const role = main.includes('worker') ? 'worker' : main.includes('migrate') ? 'migrate' : process.env.GRAPHQL_DRIVER === 'apollo' ? 'apollo' : 'api';
const dir = process.env.RSS_LAB_DIR || '/tmp/rss-lab/out';
fs.mkdirSync(dir, { recursive: true });
const out = `${dir}/mem-${role}-${process.pid}.ndjson`;
const mb = (n) => Math.round(n / 1048576 * 10) / 10;
function sample(tag) {
  const m = process.memoryUsage();
  const s = {};
  for (const sp of v8.getHeapSpaceStatistics()) s[sp.space_name.replace('_space', '')] = [mb(sp.space_size), mb(sp.space_used_size)];
  fs.appendFileSync(out, JSON.stringify({ t: Date.now(), tag, rss: mb(m.rss), ht: mb(m.heapTotal), hu: mb(m.heapUsed), ext: mb(m.external), ab: mb(m.arrayBuffers), s }) + '\n');
}
if (role !== 'migrate') {
  setInterval(() => sample(undefined), Number(process.env.SAMPLE_MS || 250)).unref();
  let n = 0;
  process.on('SIGWINCH', () => {
    sample('before-gc');
    if (global.gc) { global.gc(); global.gc(); }
    sample('after-gc');
    if (process.env.RSS_LAB_SNAP !== '0') {
      const f = v8.writeHeapSnapshot(`${dir}/${role}-${process.pid}-${++n}.heapsnapshot`);
      sample('snap ' + f);
    }
    fs.writeFileSync(`${dir}/done-${process.pid}-${n}`, '');
  });
}
