// Lab preload: SIGWINCH toggles V8's sampling heap profiler *including objects already collected*
// (= allocation profile, garbage included); the stop writes a .heapprofile.
const inspector = require('inspector');
const fs = require('fs');
const dir = process.env.RSS_LAB_DIR || '/tmp/rss-lab/alloc';
fs.mkdirSync(dir, { recursive: true });
const s = new inspector.Session();
s.connect();
let on = false, n = 0;
process.on('SIGWINCH', () => {
  if (!on) {
    on = true;
    s.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }, (e) => { if (e) console.error('startSampling', e); fs.writeFileSync(`${dir}/started-${process.pid}`, ''); });
  } else {
    on = false;
    s.post('HeapProfiler.stopSampling', (e, r) => { if (e) console.error(e); fs.writeFileSync(`${dir}/${process.pid}-${++n}.heapprofile`, JSON.stringify(r.profile)); fs.writeFileSync(`${dir}/stopped-${process.pid}-${n}`, ''); });
  }
});
