const { appWebpackConfig } = require('../../tools/webpack/app-webpack-config');

module.exports = appWebpackConfig(__dirname, {
  // Swagger UI's assets are served through it; @nestjs/swagger loads it by name.
  runtimeDependencies: ['@fastify/static'],
  // Builds the OpenAPI schemas from the DTOs' types and class-validator rules.
  transformers: [
    {
      name: '@nestjs/swagger/plugin',
      options: {
        classValidatorShim: true,
        introspectComments: true,
        dtoFileNameSuffix: ['.dto.ts'],
        // A handler's doc comment is its operation's description; @ApiOperation gives the short summary.
        controllerKeyOfComment: 'description',
      },
    },
  ],
});
