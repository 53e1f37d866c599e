#!/usr/bin/env node
/**
 * `capture-feedback explain '<payload>' [--vendor X] [--status 429] [--retry-after 30] [--subject selfie] [--lang fr]`
 *
 * Prints the classification as JSON and the text an end user would see, in the chosen language.
 * For support staff, translators and tests. Reads the payload from stdin when it is `-`.
 */
import { readFileSync } from 'node:fs';
import { classifyAll, type Subject } from './classifier';
import { describeIssue } from './core/guidance';
import { createCaptureFeedbackI18n, loadCaptureFeedbackLocale, translatorFor } from './i18n/setup';

const USAGE = `usage: capture-feedback explain '<payload>' [--vendor faceki|innov8tif|idrnd|tencent|fern]
                          [--status <http status>] [--retry-after <seconds or HTTP date>]
                          [--subject selfie|document|video|voice|upload] [--lang <locale>]
       payload: a vendor body (JSON text), a bare code, or - to read stdin`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'explain' || rest.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg.startsWith('--')) {
      const value = rest[i + 1];
      if (value === undefined) {
        console.error(`missing value for ${arg}\n${USAGE}`);
        return 2;
      }
      options[arg.slice(2)] = value;
      i++;
    } else positional.push(arg);
  }
  const payload = positional[0] === '-' ? readFileSync(0, 'utf8') : (positional[0] ?? '');
  const status = options.status === undefined ? undefined : Number(options.status);
  if (status !== undefined && !Number.isInteger(status)) {
    console.error(`--status must be an integer\n${USAGE}`);
    return 2;
  }
  const issues = classifyAll(payload, {
    ...(options.vendor ? { vendor: options.vendor } : {}),
    ...(status !== undefined ? { httpStatus: status } : {}),
    ...(options['retry-after'] ? { headers: { 'Retry-After': options['retry-after'] } } : {}),
    ...(options.subject ? { subject: options.subject as Subject } : {}),
  });
  const lang = options.lang ?? 'en';
  const i18n = await createCaptureFeedbackI18n();
  const chain = await loadCaptureFeedbackLocale(i18n, lang);
  const t = translatorFor(i18n, chain);
  const out = {
    success: issues.length === 0,
    locale: chain[0],
    issues: issues.map((issue) => ({ ...issue, text: describeIssue(issue, t, chain[0] ?? 'en') })),
  };
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

// Run when executed (not when imported by tests).
if (process.argv[1] && /cli\.(js|ts)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
