import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestCameraAccess } from '../../src/core/camera';

const setMediaDevices = (value: unknown) =>
  Object.defineProperty(navigator, 'mediaDevices', { value, configurable: true });

describe('requestCameraAccess', () => {
  afterEach(() => setMediaDevices(undefined));

  it('returns the stream when the user allows the camera', async () => {
    const stream = { id: 'stream' } as unknown as MediaStream;
    const getUserMedia = vi.fn().mockResolvedValue(stream);
    setMediaDevices({ getUserMedia });
    expect(await requestCameraAccess()).toEqual({ stream });
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'user' }, audio: false });
  });

  it.each([
    ['NotAllowedError', 'camera.permission_denied'],
    ['NotFoundError', 'camera.not_found'],
    ['NotReadableError', 'camera.in_use'],
    ['AbortError', 'camera.in_use'],
  ])('turns %s into %s', async (name, code) => {
    setMediaDevices({ getUserMedia: vi.fn().mockRejectedValue(new DOMException('denied', name)) });
    expect((await requestCameraAccess()).issue?.code).toBe(code);
  });

  it('says the camera is unsupported without the API (insecure page, old browser)', async () => {
    setMediaDevices(undefined);
    expect((await requestCameraAccess()).issue?.code).toBe('camera.unsupported');
  });
});
