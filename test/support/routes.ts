// Lists every route an Express 5 app registers (method + path), walking app.router's stack and mounted routers.
import type { Express } from 'express';

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  slash?: boolean;
}

export interface RegisteredRoute {
  method: string;
  /** OpenAPI style: /api/meetings/{id}. */
  path: string;
}

/** `/api/meetings/:id` → `/api/meetings/{id}` */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

function walk(stack: Layer[], found: RegisteredRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      // Regular-expression routes (the client's index.html) are not API routes.
      if (typeof layer.route.path !== 'string') continue;
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') found.push({ method, path: toOpenApiPath(layer.route.path) });
      }
    } else if (layer.handle?.stack) {
      // Routers are mounted without a path prefix; one mounted under a prefix would be listed wrongly, so refuse.
      if (!layer.slash) throw new Error('A router is mounted under a path prefix: teach test/support/routes.ts to read it');
      walk(layer.handle.stack, found);
    }
  }
}

export function registeredRoutes(app: Express): RegisteredRoute[] {
  const found: RegisteredRoute[] = [];
  walk((app.router as unknown as { stack: Layer[] }).stack, found);
  return found;
}
