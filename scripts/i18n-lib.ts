/** Shared helpers of the localization scripts (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ManifestLocale {
  code: string;
  name: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
  plurals: string[];
  status: 'source' | 'draft' | 'reviewed';
  address?: 'formal' | 'informal';
  addressNote?: string;
  reviewedBy?: string;
  reviewedOn?: string;
}
export interface Manifest {
  source: string;
  pseudo: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  locales: ManifestLocale[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(`${root}/locales/manifest.json`, 'utf8')) as Manifest;
}

export function localePath(code: string): string {
  return `${root}/locales/${code}.json`;
}

export function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
