/** The worker's Redis connection (a single node or a Cluster), shared by its queues. */
export const REDIS = Symbol('REDIS');
