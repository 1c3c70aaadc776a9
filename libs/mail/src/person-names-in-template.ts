import Handlebars from 'handlebars';

/** The one helper through which a template prints a person's name: `{{greeting name}}`. */
export const GREETING_HELPER = 'greeting';

// A data key that is `name` or ends in `Name` holds a person's name, unless it names an organisation: a new kind of
// name is a person's until it is listed here, so a template cannot print one raw by giving it a new key.
const ORGANISATION_NAME_KEYS: ReadonlySet<string> = new Set(['institutionName']);

function isPersonNameKey(key: string): boolean {
  return /(^n|N)ame$/.test(key) && !ORGANISATION_NAME_KEYS.has(key);
}

/** Collects the person names a template uses other than as `{{greeting}}`'s parameter. */
class RawPersonNames extends Handlebars.Visitor {
  readonly found: string[] = [];

  override MustacheStatement(mustache: hbs.AST.MustacheStatement): void {
    const helper = mustache.path.type === 'PathExpression' ? (mustache.path as hbs.AST.PathExpression) : null;
    if (helper?.original === GREETING_HELPER) return;
    super.MustacheStatement(mustache);
  }

  override PathExpression(path: hbs.AST.PathExpression): void {
    const key = path.parts[path.parts.length - 1];
    if (key !== undefined && isPersonNameKey(key)) this.found.push(path.original);
  }
}

/** The person names a template source prints (or hands to another helper) without going through `{{greeting}}`. */
export function rawPersonNames(source: string): string[] {
  const visitor = new RawPersonNames();
  visitor.accept(Handlebars.parse(source));
  return visitor.found;
}
