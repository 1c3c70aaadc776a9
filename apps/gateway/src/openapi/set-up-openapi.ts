import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SCIM_TOKEN_SCHEME } from '../scim/scim-openapi.decorators';
import { documentScimSchemas } from '../scim/scim-openapi.schemas';
import { documentProblems } from './problem-responses';
import { documentRequestExamples } from './request-examples';

/** The OpenAPI document, generated from the controllers and DTOs: UI at /docs, JSON at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Careers relationships platform')
      .setDescription(
        'People and their relationships with schools: identity, directory, onboarding and imports. ' +
          'Errors are RFC 9457 problem details (application/problem+json, schema ProblemDetails); their `type` ' +
          'is one of the codes listed in docs/problems.md.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'opaque',
          description:
            "The SCIM routes (/scim/v2): a school's SCIM token, made at /v1/institutions/{institutionId}/scim-tokens.",
        },
        SCIM_TOKEN_SCHEME,
      )
      .build(),
  );
  documentScimSchemas(document);
  documentProblems(document);
  documentRequestExamples(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
