/** The browsers and platforms with their own steps for re-enabling the camera (keys of `camera_help.*`). */
export const cameraHelpTargets = [
  'chrome_android',
  'chrome_ios',
  'chrome_desktop',
  'safari_ios',
  'safari_macos',
  'firefox_android',
  'firefox_desktop',
  'samsung_internet',
  'edge_desktop',
  'in_app_browser',
  'app_webview',
  'other',
] as const;

/** Which browser-specific steps to show for re-enabling the camera. */
export type CameraHelpTarget = (typeof cameraHelpTargets)[number];

// The browsers built into social and messaging apps (Facebook, Instagram, Messenger, LINE, WeChat,
// TikTok, Snapchat, LinkedIn, Pinterest, X, KakaoTalk, NAVER, Zalo): many block the camera or ask
// for it in ways users cannot find; the way out is to open the page in the phone's browser.
const IN_APP_BROWSER =
  /\b(FBAN|FBAV|FB_IAB|FBIOS|Instagram|Line\/|MicroMessenger|TikTok|musical_ly|BytedanceWebview|Snapchat|LinkedInApp|Pinterest|Twitter|KAKAOTALK|NAVER\(inapp|Zalo)/i;

/**
 * Detects the browser and platform from a user-agent string. Order matters: an app's built-in
 * browser says "Chrome" or "Safari" too, Samsung Internet, Edge and Chrome on iOS all say "Safari",
 * and every iOS browser runs WebKit with Safari's settings model but its own settings screen. An
 * iPad asks for desktop sites by default and then sends a Mac user agent: only its touch screen
 * (`maxTouchPoints` above 1, no Mac has one) tells it apart. A web view inside some other app (an
 * Android `wv`, or an iOS user agent without Safari's token: the host's own app, say) has no
 * address bar: its camera permission is the app's, in the phone's settings.
 */
export function cameraHelpTarget(userAgent: string | undefined, maxTouchPoints = 0): CameraHelpTarget {
  const ua = userAgent ?? '';
  const ios =
    /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && (/Mobile\//.test(ua) || maxTouchPoints > 1));
  const android = /Android/.test(ua);
  if (IN_APP_BROWSER.test(ua)) return 'in_app_browser';
  if (/SamsungBrowser/.test(ua)) return 'samsung_internet';
  if (ios) {
    if (/CriOS/.test(ua)) return 'chrome_ios';
    if (/FxiOS|EdgiOS/.test(ua)) return 'other';
    return /Safari/.test(ua) ? 'safari_ios' : 'app_webview';
  }
  if (android && /; ?wv\)/.test(ua)) return 'app_webview';
  if (/Firefox\//.test(ua)) return android ? 'firefox_android' : 'firefox_desktop';
  if (/Edg\//.test(ua)) return android ? 'other' : 'edge_desktop';
  if (/(Chrome|Chromium)\//.test(ua)) return android ? 'chrome_android' : 'chrome_desktop';
  if (/Macintosh/.test(ua) && /Safari\//.test(ua)) return 'safari_macos';
  return 'other';
}

/** The target for this browser (`other` on a server). */
export function currentCameraHelpTarget(): CameraHelpTarget {
  return typeof navigator === 'undefined'
    ? 'other'
    : cameraHelpTarget(navigator.userAgent, navigator.maxTouchPoints);
}
