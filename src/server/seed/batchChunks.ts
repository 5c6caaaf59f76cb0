import { emptyRows, type DirectoryRows } from '../../domain/directory/demoCounty/chunk.ts';

/** Merges consecutive chunks into batches of about `rowsPerBatch` persons, one transaction each. */
export function* batchChunks(
  chunks: Iterable<DirectoryRows>,
  rowsPerBatch = 50_000,
): Generator<DirectoryRows> {
  let batch = emptyRows();
  let persons = 0;
  for (const chunk of chunks) {
    for (const key of Object.keys(batch) as (keyof DirectoryRows)[]) {
      const target: unknown[] = batch[key];
      for (const row of chunk[key]) target.push(row);
    }
    persons += chunk.persons.length;
    if (persons >= rowsPerBatch) {
      yield batch;
      batch = emptyRows();
      persons = 0;
    }
  }
  if (Object.values(batch).some((rows: unknown[]) => rows.length > 0)) yield batch;
}
