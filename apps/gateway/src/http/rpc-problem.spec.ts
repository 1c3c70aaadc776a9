import type { RpcErrorBody } from '@careers/rpc';
import { rpcProblem } from './rpc-problem';

describe('rpcProblem', () => {
  it("answers a service's error with its kind's status, its code's type and the registry's title", () => {
    const body: RpcErrorBody = {
      kind: 'conflict',
      code: 'label_name_taken',
      message: 'The label "Fair" already exists.',
      errors: [{ field: 'name', message: 'is already a label of this institution' }],
    };

    expect(rpcProblem(body)).toEqual({
      type: 'urn:careers:problem:label-name-taken',
      title: 'Label name taken',
      status: 409,
      detail: 'The label "Fair" already exists.',
      errors: body.errors,
    });
  });

  it('keeps the kind of a code it does not know (a service deployed ahead of the gateway)', () => {
    const body = { kind: 'gone', code: 'offer_withdrawn', message: 'The offer was withdrawn.' };

    expect(rpcProblem(body as unknown as RpcErrorBody)).toEqual({
      type: 'urn:careers:problem:offer-withdrawn',
      title: 'Gone',
      status: 410,
      detail: 'The offer was withdrawn.',
    });
  });

  it('passes the error id of an internal error on', () => {
    const body: RpcErrorBody = {
      kind: 'internal',
      code: 'internal_error',
      message: 'An unexpected error occurred.',
      errorId: 'e-1',
    };

    expect(rpcProblem(body)).toMatchObject({ status: 500, title: 'Internal server error', errorId: 'e-1' });
  });
});
