import { publicPage, type MatrixEntry } from '../matrixKit.ts';

// The system module's rows of the authorization matrix: health, loading state and the API docs are public.
export const systemMatrix: Record<string, MatrixEntry> = {
  'GET /api/health': publicPage('/api/health'),
  'GET /api/v1/system/loading': publicPage('/api/v1/system/loading'),
  'GET /api/openapi.json': publicPage('/api/openapi.json'),
  'GET /api/docs': publicPage('/api/docs'),
};
