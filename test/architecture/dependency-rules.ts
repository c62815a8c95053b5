import type { ImportGraph } from './import-graph.ts';

/** One import that breaks the dependency rule of docs/architecture.md. */
export interface Offence {
  file: string;
  target: string;
  rule: string;
}

type Room = 'core' | 'contracts' | 'db' | 'http' | 'feature' | 'demo' | 'cli' | 'app' | 'web' | 'other';

interface Place {
  room: Room;
  /** `<area>/<name>` for a file of src/features. */
  feature?: string;
  kind?: 'routes' | 'service' | 'store' | 'internal';
}

export function placeOf(file: string): Place {
  const feature = /^src\/features\/([^/]+\/[^/]+)\/(.+)$/.exec(file);
  if (feature) {
    const name = feature[2] ?? '';
    const kind = name.endsWith('.routes.ts')
      ? 'routes'
      : name.endsWith('.service.ts')
        ? 'service'
        : name.endsWith('.store.ts')
          ? 'store'
          : 'internal';
    return { room: 'feature', feature: feature[1], kind };
  }
  const top = /^src\/([^/]+)\//.exec(file)?.[1];
  if (
    top === 'core' ||
    top === 'contracts' ||
    top === 'db' ||
    top === 'http' ||
    top === 'demo' ||
    top === 'cli'
  ) {
    return { room: top };
  }
  if (/^src\/[^/]+\.ts$/.test(file)) return { room: 'app' };
  if (file.startsWith('web/src/')) return { room: 'web' };
  return { room: 'other' };
}

/** The packages `src/contracts` may use: the web app bundles whatever it imports. */
const contractPackages = new Set(['zod']);

function importRule(file: string, target: string, isPackage: boolean): string | undefined {
  const from = placeOf(file);
  if (isPackage) {
    if (from.room === 'core' && target.startsWith('node:') && target !== 'node:crypto') {
      return 'core does no I/O: no Node.js modules but node:crypto';
    }
    if (from.room === 'contracts' && !contractPackages.has(target)) return 'contracts import only zod';
    return undefined;
  }
  const to = placeOf(target);
  switch (from.room) {
    case 'core':
      return to.room === 'core' ? undefined : 'core imports nothing outside core';
    case 'contracts':
      return to.room === 'contracts' || to.room === 'core'
        ? undefined
        : 'contracts import only zod, src/core and other contracts';
    case 'web':
      return to.room === 'web' || to.room === 'contracts'
        ? undefined
        : 'the web app imports the server only through src/contracts';
    case 'db':
      return to.room === 'db' || to.room === 'core' || to.room === 'contracts'
        ? undefined
        : 'db imports only db, core and contracts';
    default:
      break;
  }
  if (to.room === 'web') return 'the server never imports the web app';
  if (to.room === 'demo' && from.room !== 'cli' && from.room !== 'demo')
    return 'only the CLI runs the demo seeder';
  if (to.room !== 'feature') return undefined;
  if (from.room === 'feature') {
    if (from.kind === 'routes' && to.kind === 'store') return 'a route never imports a store';
    if (from.kind === 'store' && (to.kind === 'service' || to.kind === 'routes')) {
      return 'a store imports no service or routes';
    }
    if (from.feature !== to.feature && to.kind !== 'service') {
      return 'a feature uses another feature through its service, never its store, routes or internals';
    }
    return undefined;
  }
  if (from.room === 'http' && to.kind !== 'routes' && to.kind !== 'service') {
    return 'http reaches a feature only through its routes (to register them) or its service';
  }
  if (
    (from.room === 'demo' || from.room === 'cli' || from.room === 'app') &&
    to.kind !== 'service' &&
    to.kind !== 'routes'
  ) {
    return `${from.room === 'app' ? 'the entry point' : `the ${from.room}`} uses features through their services`;
  }
  return undefined;
}

/** Strongly connected components with more than one member (Tarjan), each a circle of imports. */
export function circles(edges: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Every offence against the dependency rule, each naming the file, the import and the rule. */
export function offences(graph: ImportGraph): Offence[] {
  const found: Offence[] = [];
  const fileEdges = new Map<string, Set<string>>();
  const featureEdges = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    fileEdges.set(file, new Set());
    const from = placeOf(file).feature;
    for (const { target, isPackage } of imports) {
      const rule = importRule(file, target, isPackage);
      if (rule) found.push({ file, target, rule });
      if (isPackage) continue;
      fileEdges.get(file)?.add(target);
      const to = placeOf(target).feature;
      if (from && to && from !== to) {
        if (!featureEdges.has(from)) featureEdges.set(from, new Set());
        featureEdges.get(from)?.add(to);
      }
    }
  }
  for (const circle of circles(fileEdges)) {
    found.push({
      file: circle[0] ?? '',
      target: [...circle.slice(1), circle[0]].join(' → '),
      rule: 'no import circle between files',
    });
  }
  for (const circle of circles(featureEdges)) {
    found.push({
      file: circle[0] ?? '',
      target: circle.join(' → '),
      rule: 'no import circle between features',
    });
  }
  return found;
}
