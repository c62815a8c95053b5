import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Import {
  /** A repository path ('src/core/ids.ts') or, for a package, its name ('zod', 'node:fs'). */
  target: string;
  isPackage: boolean;
}

/** Every file's imports, as repository paths: the input of the dependency rule. */
export type ImportGraph = Map<string, Import[]>;

const sourceFile = /\.(ts|tsx)$/;

function filesUnder(root: string, folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(root, relative));
    else if (sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(relative);
  }
  return found;
}

function packageName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Reads the imports of every TypeScript file in `folders` with the TypeScript scanner (static,
 * dynamic and type-only imports and re-exports alike), resolving `#contracts/…` as package.json does.
 */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of folders.flatMap((folder) => filesUnder(root, folder))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const imports = importedFiles.map(({ fileName }): Import => {
      if (fileName.startsWith('.')) {
        return {
          target: path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)),
          isPackage: false,
        };
      }
      if (fileName.startsWith('#contracts/')) {
        return { target: `src/contracts/${fileName.slice('#contracts/'.length)}`, isPackage: false };
      }
      return { target: packageName(fileName), isPackage: true };
    });
    graph.set(file, imports);
  }
  return graph;
}
