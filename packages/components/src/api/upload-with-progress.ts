/** How much of an upload has been sent. */
export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0 to 100, rounded down. */
  percent: number;
}

interface UploadRequest {
  url: string;
  secret: string;
  body: FormData;
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * POSTs multipart form data with XMLHttpRequest, the only browser API that
 * reports upload progress. Resolves with the status, JSON body and
 * `Retry-After` whatever the status; rejects on network failure or abort.
 */
export function uploadWithProgress(
  request: UploadRequest,
): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    xhr.setRequestHeader('authorization', `Bearer ${request.secret}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (!event.lengthComputable) return;
      request.onProgress?.({
        loaded: event.loaded,
        total: event.total,
        percent: Math.floor((event.loaded / event.total) * 100),
      });
    });
    // The caller's signal may outlive the upload (one per form): stop listening once it settled.
    const abort = () => xhr.abort();
    const stopListening = () => request.signal?.removeEventListener('abort', abort);
    xhr.addEventListener('loadend', stopListening);
    xhr.addEventListener('load', () =>
      resolve({
        status: xhr.status,
        body: parseJson(xhr.responseText),
        retryAfter: xhr.getResponseHeader('retry-after'),
      }),
    );
    xhr.addEventListener('error', () => reject(new TypeError('The upload failed on the network.')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was aborted.', 'AbortError')));
    if (request.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    request.signal?.addEventListener('abort', abort, { once: true });
    xhr.send(request.body);
  });
}
