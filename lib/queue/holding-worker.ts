/** The worker that holds a job; queue operations on a held job only succeed for its holder. */
export interface HoldingWorker {
  id: string;
  name: string;
}
