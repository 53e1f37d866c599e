import { classify, type Issue, issueFromCode } from '../classifier';

export type CameraAccess =
  | { readonly stream: MediaStream; readonly issue?: undefined }
  | { readonly stream?: undefined; readonly issue: Issue };

/**
 * Asks for the camera, as the Retry of a `camera.*` panel should: the stream, or the issue that
 * explains why not (`camera.permission_denied`, `camera.not_found`, `camera.in_use`,
 * `camera.unsupported` on an insecure page or a browser without the API). Never rejects.
 */
export async function requestCameraAccess(
  constraints: MediaStreamConstraints = { video: { facingMode: 'user' }, audio: false },
): Promise<CameraAccess> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof media?.getUserMedia !== 'function') return { issue: issueFromCode('camera.unsupported') };
  try {
    return { stream: await media.getUserMedia(constraints) };
  } catch (error) {
    return { issue: classify(error, { source: 'camera' }) ?? issueFromCode('camera.unsupported') };
  }
}
