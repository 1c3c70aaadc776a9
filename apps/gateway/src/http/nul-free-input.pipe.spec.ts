import type { ArgumentMetadata } from '@nestjs/common';
import { InvalidRequestException } from './invalid-request.exception';
import { NulFreeInputPipe } from './nul-free-input.pipe';

describe('NulFreeInputPipe', () => {
  const pipe = new NulFreeInputPipe({ transform: (value) => ({ passed: value }) });
  const refusedFields = (value: unknown, metadata: ArgumentMetadata): string[] => {
    try {
      pipe.transform(value, metadata);
      return [];
    } catch (error) {
      return (error as InvalidRequestException).errors.map((fieldError) => fieldError.field);
    }
  };

  it('names every field, nested or in a list, whose text holds a NUL character', () => {
    expect(
      refusedFields({ q: 'a\u0000b', filter: { labelId: ['ok', '\u0000'] }, limit: 5 }, { type: 'query' }),
    ).toEqual(['q', 'filter.labelId.1']);
  });

  it('names a path parameter by its name', () => {
    expect(refusedFields('\u0000', { type: 'param', data: 'institutionId' })).toEqual(['institutionId']);
  });

  it('hands clean input, and the gateway’s own custom parameters, to the next pipe', () => {
    expect(pipe.transform({ q: 'ada' }, { type: 'query' })).toEqual({ passed: { q: 'ada' } });
    expect(pipe.transform({ name: '\u0000' }, { type: 'custom' })).toEqual({ passed: { name: '\u0000' } });
  });
});
