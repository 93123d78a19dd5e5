import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceRoot = fileURLToPath(new URL('../', import.meta.url));
const packageRoot = resolve(sourceRoot, '..');

/**
 * Transpiles a TypeScript entry file of this package, and every relative module it imports, to plain
 * JavaScript under `node_modules/.cache/` of the package (so `zod` and `@triagekit/core` still resolve),
 * for tests that run our code in separate `node` processes. Types are not checked here; tsc does that.
 * @returns the output directory (remove it after the test) and the path of the transpiled entry.
 */
export async function transpileForChildProcess(entry: string): Promise<{ directory: string; entry: string }> {
  const ts = (await import('typescript')).default;
  const directory = join(packageRoot, 'node_modules', '.cache', `child-process-${process.pid}-${Date.now()}`);
  const pending = [resolve(entry)];
  const done = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (done.has(file)) continue;
    done.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      pending.push(resolve(dirname(file), `${match[1]}.ts`));
    }
    const output = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(directory, relative(sourceRoot, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output.outputText);
  }
  return { directory, entry: join(directory, relative(sourceRoot, resolve(entry))).replace(/\.ts$/, '.js') };
}
