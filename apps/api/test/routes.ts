import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@summitdesk/contracts';
import { IS_PUBLIC, ROLES } from '../src/common/auth.decorators.js';

export type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  // Express-style path with the global prefix, e.g. `/api/events/:id/confirm`.
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  // undefined: the route says nothing about who may call it.
  roles: Role[] | undefined;
};

const METHODS: Partial<Record<RequestMethod, Route['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

// Every route the Nest app serves, read from the same decorator metadata Nest routes by, with the
// access rule that the guards will read for it.
export function listRoutes(app: INestApplication, prefix = 'api'): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) continue;
    const controllerPaths = [Reflect.getMetadata(PATH_METADATA, type) ?? '/'].flat() as string[];
    for (const name of scanner.getAllMethodNames(type.prototype)) {
      const handler = (type.prototype as Record<string, unknown>)[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPath === undefined || requestMethod === undefined) continue;
      const method = METHODS[requestMethod];
      if (!method) throw new Error(`${type.name}.${name} uses an HTTP method the route list does not know`);
      const isPublic = (Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, type)) === true;
      const roles = (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, type)) as Role[] | undefined;
      for (const controllerPath of controllerPaths) {
        for (const path of [methodPath].flat()) {
          routes.push({ method, path: join(prefix, controllerPath, path), controller: type.name, handler: name, isPublic, roles });
        }
      }
    }
  }
  return routes;
}

// A concrete path for a route: every `:param` replaced by the value `fill` gives for its name.
export function fillPath(path: string, fill: (param: string) => string | number): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, param: string) => encodeURIComponent(String(fill(param))));
}

export const pathParams = (path: string): string[] => [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
