import { describe, expect, it } from 'vitest';
import { cameraHelpTarget } from '../../src/core/camera-help';

describe('cameraHelpTarget', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'chrome_android',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
      'samsung_internet',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'safari_ios',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
      'chrome_ios',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'safari_macos',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'chrome_desktop',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'edge_desktop',
    ],
    ['Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0', 'firefox_android'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'firefox_desktop'],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'safari_ios',
    ],
    ['', 'other'],
  ])('%s → %s', (ua, target) => {
    expect(cameraHelpTarget(ua)).toBe(target);
  });

  it('tells an iPad asking for desktop sites (a Mac user agent) from a Mac by its touch screen', () => {
    const mac =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
    expect(cameraHelpTarget(mac, 5)).toBe('safari_ios');
    expect(cameraHelpTarget(mac, 0)).toBe('safari_macos');
    expect(cameraHelpTarget(mac, 1)).toBe('safari_macos');
  });
});

describe('camera help content', () => {
  it('has English steps for every target the detection can return', async () => {
    const { cameraHelpTargets } = await import('../../src/core/camera-help');
    const en = (await import('../../locales/en.json')).default as {
      camera_help: Record<string, Record<string, string>>;
    };
    for (const target of cameraHelpTargets)
      expect(Object.keys(en.camera_help[target] ?? {}).length, target).toBeGreaterThanOrEqual(2);
  });
});
