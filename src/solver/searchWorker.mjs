// Worker thread entry for the union planner's block search: registers tsx's loader so the
// TypeScript search core runs here, then answers search requests (see searchPool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./searchWorkerMain.ts');
