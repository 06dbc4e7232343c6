// The Web Worker that reads, parses, detects and joins an own table off the page's thread.
import { tableWork, type WorkReply, type WorkRequest } from './tableWork';

const scope = self as unknown as {
  postMessage(reply: WorkReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
};
const handle = tableWork((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event) => void handle(event.data);
