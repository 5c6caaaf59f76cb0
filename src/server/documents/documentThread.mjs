// Worker thread entry for building .xlsx and .docx files: registers tsx's loader so the
// TypeScript renderer runs here as in the main thread, then serves render requests.
import { register } from 'tsx/esm/api';

register();
await import('./documentThreadMain.ts');
