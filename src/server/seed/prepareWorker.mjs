// Worker thread entry for bulk row preparation: registers tsx's loader so the TypeScript sources
// (pinyin keys, SM4, CSV) run here as in the main thread, then serves prepare requests.
import { register } from 'tsx/esm/api';

register();
await import('./prepareWorkerMain.ts');
