import { problemOf } from './client.ts';
import { ApiError } from './problem.ts';

export interface Upload<T> {
  /** The server's answer, or an ApiError (status 0 and code `aborted` after `abort()`). */
  done: Promise<T>;
  abort: () => void;
}

/**
 * Sends a file as the raw request body and reports how much of it went out. fetch() cannot
 * report upload progress, hence XMLHttpRequest.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  contentType: string,
  onProgress: (share: number) => void,
): Upload<T> {
  const request = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    request.open('POST', `/api/v1${path}`);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', contentType);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(request.response as T);
      else reject(problemOf(request.status, request.statusText, request.response));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    request.onabort = () => reject(new ApiError(0, 'aborted', 'Upload cancelled'));
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
