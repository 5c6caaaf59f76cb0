import { Worker } from 'node:worker_threads';
import { renderDocument } from './render.ts';
import type { DocumentRequest, DocxSpec, WorkbookSpec } from './spec.ts';

const THREAD_URL = new URL('./documentThread.mjs', import.meta.url);

interface Pending {
  resolve: (data: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread that builds the files people download (exports, 通报, templates), so building
 * a workbook of 200,000 rows never holds the thread that answers requests. Started on first use;
 * it keeps the process alive only while it has work; if it dies its requests fail and the next
 * request starts another.
 * Where no worker can start, files are built in this thread.
 */
class DocumentThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private unavailable = false;

  render(request: DocumentRequest): Promise<Buffer> {
    const worker = this.ensure();
    if (!worker) return renderDocument(request);
    const id = this.nextId++;
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  private ensure(): Worker | null {
    if (this.worker || this.unavailable) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(THREAD_URL);
    } catch {
      this.unavailable = true;
      return null;
    }
    worker.unref();
    worker.on('message', (message: { id: number; data?: Uint8Array; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.data)
        job.resolve(
          Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength),
        );
      else job.reject(new Error(message.error ?? 'building the file failed'));
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the document thread exited')));
    this.worker = worker;
    return worker;
  }
}

const thread = new DocumentThread();

export const buildXlsx = (spec: WorkbookSpec): Promise<Buffer> =>
  thread.render({ kind: 'xlsx', spec });
export const buildDocx = (spec: DocxSpec): Promise<Buffer> => thread.render({ kind: 'docx', spec });
