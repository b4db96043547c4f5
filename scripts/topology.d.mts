// Types of scripts/topology.mjs for the TypeScript tests that start the topology.
import type { ChildProcess } from 'node:child_process';

export class TopologyError extends Error {}

type Proc = {
  name: string;
  child: ChildProcess;
  tail: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive: () => boolean;
};

export type Replica = { name: string; url: string; port: number; settings: Record<string, string>; proc: Proc };

export type Topology = {
  dir: string;
  logDir: string;
  url: string;
  databaseUrl: string;
  replicas: Record<string, Replica>;
  postgres: { proc: Proc; port: number };
  proxy: Proc;
  logs: (name: string) => string[];
  restartPostgres: (options?: { downMs?: number; whileDown?: () => Promise<void> }) => Promise<void>;
  killReplica: (name: string, signal?: NodeJS.Signals) => Promise<void>;
  startReplica: (name: string) => Promise<number>;
  stop: () => Promise<void>;
};

export type TopologyOptions = {
  ports?: [number, number];
  seedDemo?: boolean;
  env?: Record<string, string>;
  variables?: Record<string, string | undefined>;
  keepFiles?: boolean;
};

export function startTopology(options?: TopologyOptions): Promise<Topology>;
export function findNginx(): string | null;
export function readCompose(file?: string): {
  services: Record<string, { environment?: Record<string, string>; volumes?: string[]; image?: string; build?: unknown }>;
  replicas: string[];
  proxy: string;
  database: string;
  proxyConfigFile: string;
};
export function renderProxyConfig(template: string, upstreams: Record<string, string>, listen: string): string;
export function interpolate(value: string, variables: Record<string, string | undefined>): string;
