import IORedis, { Cluster, type Redis } from 'ioredis';

/**
 * One connection per caller. BullMQ needs maxRetriesPerRequest = null on the
 * connections its workers block on. A `redis+cluster://h1:p1,h2:p2` URL names
 * a Redis Cluster by its seed nodes.
 */
export function createRedis(url: string): Redis | Cluster {
  if (url.startsWith('redis+cluster://')) {
    const nodes = url
      .slice('redis+cluster://'.length)
      .split(',')
      .map((hp) => {
        const [host, port] = hp.split(':');
        return { host: host ?? '127.0.0.1', port: Number(port ?? 6379) };
      });
    return new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: null } });
  }
  return new IORedis(url, { maxRetriesPerRequest: null });
}
