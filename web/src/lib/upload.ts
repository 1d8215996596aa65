// Sends a file straight to a pre-signed storage URL with XMLHttpRequest, because fetch cannot
// report upload progress. The URL carries the permission, so no API token is sent.

import { ApiError, type ApiErrorBody } from './api-client';
import type { PresignedUpload } from './api-types';
import { storageUrl } from './storage-url';

export interface UploadProgress {
  loaded: number;
  total: number;
}

function errorBody(xhr: XMLHttpRequest): ApiErrorBody {
  try {
    const parsed: unknown = JSON.parse(xhr.responseText);
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) {
      return parsed as ApiErrorBody;
    }
  } catch {
    // Storage services (S3) answer XML; keep the generic message.
  }
  return { code: 'upload_failed', message: `The upload failed (HTTP ${xhr.status}). Please try again.` };
}

/** PUTs `file` to the presigned URL; rejects with ApiError (status 0 for network failures). */
export function uploadToPresignedUrl(
  presigned: Pick<PresignedUpload, 'uploadUrl' | 'uploadHeaders'>,
  file: Blob,
  onProgress?: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', storageUrl(presigned.uploadUrl));
    for (const [name, value] of Object.entries(presigned.uploadHeaders)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.({ loaded: file.size, total: file.size });
        resolve();
      } else {
        reject(new ApiError(xhr.status, errorBody(xhr)));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError(0, { code: 'network_error', message: 'The upload was interrupted. Check your connection and try again.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
