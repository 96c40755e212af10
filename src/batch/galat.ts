// The batch's own failure: the worker pool could not take or finish the work. Problems in a file
// (the whole file, or one row) are in src/berkas/errors.ts.

/**
 * The worker pool cannot take the work: every worker is busy and the queue is full (503), or a task
 * passed its time or memory limit and its worker was stopped (413: the work was too large to finish).
 */
export class PoolError extends Error {
  constructor(
    readonly status: 400 | 413 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'PoolError';
  }
}
