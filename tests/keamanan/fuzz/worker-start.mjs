// Worker-thread entry: workers do not inherit the TypeScript loader, so register tsx here, then load
// the module that starts the app (server-worker.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
