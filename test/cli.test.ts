import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli';

afterEach(() => vi.restoreAllMocks());

async function explain(...args: string[]) {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => out.push(text));
  const code = await main(['explain', ...args]);
  return { code, text: out.join('\n') };
}

describe('capture-feedback explain', () => {
  it('prints the classification and what the user would see', async () => {
    const { code, text } = await explain(
      '{"Response":{"Error":{"Code":"FailedOperation.ActionFaceFar","Message":"x"},"RequestId":"abc-123"}}',
    );
    expect(code).toBe(0);
    const json = JSON.parse(text);
    expect(json.issues[0]).toMatchObject({ code: 'face.too_far', vendor: 'tencent', requestId: 'abc-123' });
    expect(json.issues[0].text.title).toBe('Your face is too far away');
  });

  it('takes a vendor, a status and a Retry-After', async () => {
    const { text } = await explain('5004', '--vendor', 'faceki');
    expect(JSON.parse(text).issues[0].code).toBe('liveness.failed');
    const limited = JSON.parse((await explain('', '--status', '429', '--retry-after', '30')).text);
    expect(limited.issues[0]).toMatchObject({ code: 'service.rate_limited', retryAfterMs: 30_000 });
  });

  it('says success for a success body, and usage for bad arguments', async () => {
    expect(
      JSON.parse((await explain('{"Response":{"Result":"Success","RequestId":"abc-123"}}')).text).success,
    ).toBe(true);
    expect((await explain('x', '--status', 'abc')).code).toBe(2);
    expect(await main([])).toBe(2);
  });
});

describe('capture-feedback explain --lang', () => {
  it('prints what the user would see in their language', async () => {
    const { text } = await explain('FACE_TOO_CLOSE', '--lang', 'fr');
    const json = JSON.parse(text);
    expect(json.locale).toBe('fr');
    expect(json.issues[0].text.title).toBe('Votre visage est trop près');
  });
});
