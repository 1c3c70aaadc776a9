import { problemOf } from './problem';

const problem = {
  type: 'urn:careers:problem:contact-email-taken',
  title: 'Conflict',
  status: 409,
  detail: 'taken',
};

function answer(status: number, contentType: string): Response {
  return new Response(null, { status, headers: { 'content-type': contentType } });
}

describe('problemOf', () => {
  it('reads the problem of a refused request', () => {
    expect(
      problemOf({ error: problem, response: answer(409, 'application/problem+json; charset=utf-8') }),
    ).toEqual(problem);
  });

  it('finds none in a success', () => {
    expect(problemOf({ error: undefined, response: answer(200, 'application/json') })).toBeUndefined();
  });

  it('finds none in an error page that is not problem details', () => {
    expect(
      problemOf({ error: '<html>Bad gateway</html>', response: answer(502, 'text/html') }),
    ).toBeUndefined();
    expect(
      problemOf({ error: { message: 'x' }, response: answer(502, 'application/problem+json') }),
    ).toBeUndefined();
  });
});
