import { firstRowProblem, RowShape } from './each-row';

const SHAPE: RowShape = {
  row: { kind: 'integer' },
  userId: { kind: 'uuid', optional: true },
  email: { kind: 'text', maxLength: 10 },
  labels: { kind: 'texts', maxLength: 3, optional: true },
  attributes: { kind: 'textMap' },
  activate: { kind: 'boolean' },
};
const good = { row: 2, email: 'a@b.c', attributes: { year: 'Senior' }, activate: false };

describe('firstRowProblem', () => {
  it('accepts rows of the shape, optional fields absent or present', () => {
    expect(
      firstRowProblem(
        [good, { ...good, userId: '0b7c2d4e-1f3a-4b5c-8d9e-0f1a2b3c4d5e', labels: ['a', 'bcd'] }],
        SHAPE,
      ),
    ).toBeNull();
  });

  it.each([
    [[{ ...good, row: 2.5 }], '[0].row must be a whole number'],
    [[good, { ...good, email: 'far-too-long@b.c' }], '[1].email must be a text of at most 10 characters'],
    [[{ ...good, userId: 'nope' }], '[0].userId must be a UUID'],
    [[{ ...good, labels: ['abcd'] }], '[0].labels must be a list of texts of at most 3 characters'],
    [[{ ...good, attributes: { year: 3 } }], '[0].attributes must be an object of texts'],
    [[{ ...good, activate: 'yes' }], '[0].activate must be true or false'],
    [[{ ...good, password: 'x' }], '[0].password is not a known field'],
    [[{ ...good, toString: 'x' }], '[0].toString is not a known field'],
    [[JSON.parse(`{"row": 2, "__proto__": {"admin": true}}`)], '[0].__proto__ is not a known field'],
    [[{ row: 2 }], '[0].email must be a text of at most 10 characters'],
    [['text'], '[0] must be an object'],
    ['not a list', 'must be a list'],
  ])('names the first problem: %j', (rows, problem) => {
    expect(firstRowProblem(rows, SHAPE)).toBe(problem);
  });
});
