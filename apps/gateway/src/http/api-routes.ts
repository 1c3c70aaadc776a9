import { RequestMethod, type INestApplication } from '@nestjs/common';

/** The API lives under /v1; the health probes stay where orchestrators look for them, SCIM where its clients do. */
export function prefixApiRoutes(app: INestApplication): void {
  app.setGlobalPrefix('v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'scim/v2/{*path}', method: RequestMethod.ALL },
    ],
  });
}
