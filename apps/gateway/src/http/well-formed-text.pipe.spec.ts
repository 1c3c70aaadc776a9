import type { ArgumentMetadata } from '@nestjs/common';
import { InvalidRequestException } from './request-errors';
import { WellFormedTextPipe } from './well-formed-text.pipe';

describe('WellFormedTextPipe', () => {
  const pipe = new WellFormedTextPipe({ transform: (value) => ({ passed: value }) });
  const refusals = (value: unknown, metadata: ArgumentMetadata) => {
    try {
      pipe.transform(value, metadata);
      return [];
    } catch (error) {
      return (error as InvalidRequestException).errors;
    }
  };
  const refusedFields = (value: unknown, metadata: ArgumentMetadata): string[] =>
    refusals(value, metadata).map((fieldError) => fieldError.field);

  it('names every field, nested or in a list, whose text holds a NUL character', () => {
    expect(
      refusedFields({ q: 'a\u0000b', filter: { labelId: ['ok', '\u0000'] }, limit: 5 }, { type: 'query' }),
    ).toEqual(['q', 'filter.labelId.1']);
  });

  it('names every field whose text holds a lone surrogate, and takes surrogate pairs', () => {
    expect(
      refusals(
        { email: '\ud800@x.org', name: 'Ada \ud83d\ude42', tags: ['\udc00', 'ok\ud800'] },
        { type: 'body' },
      ),
    ).toEqual([
      { field: 'email', message: 'email must not contain a lone UTF-16 surrogate' },
      { field: 'tags.0', message: 'tags.0 must not contain a lone UTF-16 surrogate' },
      { field: 'tags.1', message: 'tags.1 must not contain a lone UTF-16 surrogate' },
    ]);
  });

  it('walks any nesting without running out of stack', () => {
    let deep: unknown = 'a\u0000b';
    for (let level = 0; level < 20_000; level++) deep = [deep];

    expect(refusedFields({ deep }, { type: 'body' })).toEqual([`deep${'.0'.repeat(20_000)}`]);
  });

  it('names a path parameter by its name', () => {
    expect(refusedFields('\u0000', { type: 'param', data: 'institutionId' })).toEqual(['institutionId']);
  });

  it('hands clean input, and the gateway’s own custom parameters, to the next pipe', () => {
    expect(pipe.transform({ q: 'ada' }, { type: 'query' })).toEqual({ passed: { q: 'ada' } });
    expect(pipe.transform({ name: '\u0000' }, { type: 'custom' })).toEqual({ passed: { name: '\u0000' } });
  });
});
