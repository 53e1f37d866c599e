// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as kit from '../../src';

// Integrators copy the code in the README and the Storybook docs. Every `ts` / `tsx` block there is
// type-checked against the kit's sources, through the package's public specifiers, so that a
// renamed prop, option or export fails here instead of in someone's app. Names a snippet leaves to
// the reader (`user`, `retakeSelfie`, the host's `./i18n`) are allowed to be unknown; everything
// the kit provides must exist and fit. A block whose info string says `nocheck` is skipped.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The package's public specifiers, as `exports` in package.json maps them, onto the sources. */
const specifiers: Record<string, string> = {
  'capture-feedback': 'src/index.ts',
  'capture-feedback/classifier': 'src/classifier/index.ts',
  'capture-feedback/i18n': 'src/i18n/index.ts',
  'capture-feedback/precheck': 'src/precheck/index.ts',
  'capture-feedback/precheck/worker': 'src/precheck/worker.ts',
};

/** Errors a snippet may have because it leaves names to the reader. */
const allowed = new Set([
  2304, // Cannot find name 'x'.
  2552, // Cannot find name 'x'. Did you mean 'y'?
  2582, // Cannot find name 'describe' (test globals): not used in docs, but the same family.
]);

interface Snippet {
  readonly source: string;
  readonly line: number;
  readonly lang: 'ts' | 'tsx';
  readonly code: string;
}

function extractSnippets(file: string, text: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(ts|tsx|typescript)\b(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    if (!/\bnocheck\b/.test(open[2] ?? '')) {
      snippets.push({
        source: file,
        line: start,
        lang: open[1] === 'tsx' ? 'tsx' : 'ts',
        code: lines.slice(start, end).join('\n'),
      });
    }
    i = end;
  }
  return snippets;
}

const docs = [
  'README.md',
  'CONTRIBUTING.md',
  'locales/README.md',
  ...readdirSync(join(root, 'src/docs'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `src/docs/${name}`),
];

const snippets = docs.flatMap((doc) => extractSnippets(doc, readFileSync(join(root, doc), 'utf8')));

function typeCheck(all: readonly Snippet[]) {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  options.noEmit = true;
  // A snippet shows how to call things: unused names are not a mistake there.
  options.noUnusedLocals = false;
  options.noUnusedParameters = false;
  options.baseUrl = root;
  options.paths = Object.fromEntries(Object.entries(specifiers).map(([k, v]) => [k, [v]]));

  const virtual = new Map<string, string>();
  all.forEach((snippet, index) => {
    // Each snippet is its own module (`export {}`), so two may declare the same name. A fragment
    // (`<CaptureFeedbackProvider …>` alone) gets the kit's names it uses but does not import, put
    // on its last line so that reported line numbers stay those of the document.
    const path = join(root, `test/docs/.snippet-${index}.${snippet.lang}`);
    virtual.set(path, `${snippet.code}\n${implicitImports(snippet.code)}export {};\n`);
  });
  // The stylesheet import every embed snippet starts with.
  const cssShim = join(root, 'test/docs/.css-shim.d.ts');
  virtual.set(cssShim, "declare module 'capture-feedback/styles.css';\n");

  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.getSourceFile = (name, language, onError, create) => {
    const text = virtual.get(name);
    return text === undefined
      ? getSourceFile(name, language, onError, create)
      : ts.createSourceFile(name, text, language, true);
  };

  const program = ts.createProgram([...virtual.keys()], options, host);
  return all.map((snippet, index) => {
    const path = join(root, `test/docs/.snippet-${index}.${snippet.lang}`);
    const file = program.getSourceFile(path);
    const diagnostics = file
      ? [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
      : [];
    return diagnostics
      .filter((d) => !allowed.has(d.code) && !isHostModule(d))
      .map((d) => {
        const { line } =
          d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0 };
        return `${snippet.source}:${snippet.line + line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  });
}

/** `import { … } from 'capture-feedback'` for the kit's exports a snippet uses without importing. */
function implicitImports(code: string): string {
  const declared = new Set(
    [...code.matchAll(/\b(?:import|const|let|function|interface|type)\s+(?:\{([^}]*)\}|([\w$]+))/g)].flatMap(
      ([, list, name]) =>
        list
          ? list.split(',').map(
              (item) =>
                item
                  .trim()
                  .replace(/^type\s+/, '')
                  .split(/\s+as\s+/)
                  .pop() ?? '',
            )
          : [name],
    ),
  );
  const used = Object.keys(kit).filter(
    (name) => !declared.has(name) && new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(code),
  );
  return used.length ? `import { ${used.join(', ')} } from 'capture-feedback';\n` : '';
}

/** `import i18n from './i18n'`: the host app's own module, which a snippet only names. */
function isHostModule(d: ts.Diagnostic): boolean {
  return d.code === 2307 && /'\.\.?\//.test(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('code in the README and the Storybook docs', () => {
  it('finds the snippets integrators copy', () => {
    const files = new Set(snippets.map((s) => s.source));
    expect(files).toContain('README.md');
    expect(files).toContain('src/docs/getting-started.mdx');
    expect(snippets.length).toBeGreaterThanOrEqual(10);
  });

  const results = typeCheck(snippets);
  snippets.forEach((snippet, index) => {
    it(`${snippet.source}:${snippet.line} type-checks against the kit`, () => {
      expect(results[index]).toEqual([]);
    });
  });
});

describe('the snippet checker', () => {
  it('reports a prop the kit does not have, and an export it does not have', () => {
    const [bad] = typeCheck([
      {
        source: 'bad.md',
        line: 1,
        lang: 'tsx',
        code: [
          "import { CaptureFeedback, CaptureFeedbackPanel } from 'capture-feedback';",
          '<CaptureFeedback error={x} onRetryClick={retake} />;',
        ].join('\n'),
      },
    ]);
    expect(bad?.join('\n')).toMatch(/TS2305|TS2724/); // no export CaptureFeedbackPanel
    expect(bad?.join('\n')).toMatch(/onRetryClick/);
  });

  it('checks a fragment that leaves out its imports against the kit', () => {
    const [bad] = typeCheck([
      {
        source: 'fragment.md',
        line: 1,
        lang: 'tsx',
        code: "<CaptureFeedbackProvider retryPolicy={{ maxAttempt: 3 }} fallbacks={['carrier_pigeon']}>\n  <App />\n</CaptureFeedbackProvider>;",
      },
    ]);
    expect(bad?.join('\n')).toMatch(/maxAttempt\b/);
    expect(bad?.join('\n')).toMatch(/carrier_pigeon/);
  });

  it('skips blocks marked nocheck and reads ts, tsx and typescript fences', () => {
    const found = extractSnippets(
      'x.md',
      [
        '```ts',
        'a;',
        '```',
        '```tsx nocheck',
        'b;',
        '```',
        '```typescript',
        'c;',
        '```',
        '```sh',
        'd',
        '```',
      ].join('\n'),
    );
    expect(found.map((s) => s.code)).toEqual(['a;', 'c;']);
  });
});
