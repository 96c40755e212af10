// Worker-thread entry: workers do not inherit the TypeScript loader, so register tsx here, then load
// the worker module named by the pool.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.modul);
