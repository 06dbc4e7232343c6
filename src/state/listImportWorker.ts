// The Web Worker that reads a service list off the page's thread (listImport.ts).
import { readList, type ListReply, type ListRequest } from './listImport';

const scope = self as unknown as {
  postMessage(reply: ListReply): void;
  onmessage: ((event: MessageEvent<ListRequest>) => void) | null;
};
scope.onmessage = (event) => {
  readList(event.data).then(
    (result) => scope.postMessage({ result }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
